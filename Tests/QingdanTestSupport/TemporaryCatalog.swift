import Foundation
import QingdanKit

/// A copy of a catalog folder in a temporary directory, removed when the value goes away.
public final class TemporaryCatalog {
  public let url: URL
  public var path: String { url.path }

  public init(copying relativePath: String) throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    url = base.appendingPathComponent("catalog")
    try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent(relativePath), to: url)
  }

  deinit {
    try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
  }

  public func write(_ relativePath: String, _ text: String) throws {
    let file = url.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  public func edit(_ relativePath: String, _ change: (String) throws -> String) throws {
    let file = url.appendingPathComponent(relativePath)
    try write(relativePath, try change(String(decoding: try Data(contentsOf: file), as: UTF8.self)))
  }

  /// Every file's path and contents, to show that nothing changed.
  public func snapshot() throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
    while let file = enumerator?.nextObject() as? URL {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue {
        files[file.path] = try Data(contentsOf: file)
      }
    }
    return files
  }
}

/// Loads a catalog folder of the package for assertions about its content.
public enum QingdanKitTestCatalog {
  public static func load(_ relativePath: String) throws -> Catalog {
    try CatalogLoader().load(
      DirectoryStorage(path: CommandRunner.packageRoot.appendingPathComponent(relativePath).path)
    )
    .catalog
  }
}
