import Foundation

/// Writes a build atomically: everything goes into a new folder beside the destination, and only when all of it
/// is there does that folder take the destination's place. A failed build leaves the previous output as it was.
public struct OutputFolder {
  public let destination: URL

  public init(path: String) {
    destination = URL(fileURLWithPath: path).standardizedFileURL
  }

  /// Refuses destinations whose replacement would destroy something: the catalog itself or a folder around it, or
  /// an existing folder that is not empty and was not written by qingdan.
  public func validate(catalogRoot: URL) throws(QingdanError) {
    let target = destination.path
    let catalog = catalogRoot.standardizedFileURL.path
    if catalog == target || catalog.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
      throw .invalidArgument("输出目录“\(target)”就是清单目录或包含清单目录；请指定另一个文件夹（例如 _site）。")
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) else { return }
    guard isFolder.boolValue else { throw .invalidArgument("输出路径“\(target)”已存在且不是文件夹。") }
    let contents = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
    if !contents.isEmpty && !contents.contains(GuideBuilder.marker) {
      throw .invalidArgument("输出目录“\(target)”已有其他文件，且不是 qingdan 生成的；为免覆盖，请指定一个空文件夹或新文件夹。")
    }
  }

  /// Writes `files` into a temporary folder, lets `finish` add to it (the PDF), then swaps it into place.
  public func replace(with files: [String: [UInt8]], finish: (URL) throws(QingdanError) -> Void) throws(QingdanError) {
    let parent = destination.deletingLastPathComponent()
    let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
    let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).qingdan-new-\(suffix)")
    let retired = parent.appendingPathComponent(".\(destination.lastPathComponent).qingdan-old-\(suffix)")
    let manager = FileManager.default
    do {
      try manager.createDirectory(at: parent, withIntermediateDirectories: true)
      try manager.createDirectory(at: staging, withIntermediateDirectories: false)
    } catch {
      throw .writeFailed(path: parent.path, reason: "无法创建临时文件夹（\(error.localizedDescription)）")
    }
    do {
      for path in files.keys.sorted() {
        let file = staging.appendingPathComponent(path)
        try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard manager.createFile(atPath: file.path, contents: Data(files[path]!)) else {
          throw QingdanError.writeFailed(path: file.path, reason: "写入失败（磁盘已满或没有权限？）")
        }
      }
      try finish(staging)
      if manager.fileExists(atPath: destination.path) {
        try manager.moveItem(at: destination, to: retired)
      }
      try manager.moveItem(at: staging, to: destination)
    } catch {
      try? manager.removeItem(at: staging)
      if manager.fileExists(atPath: retired.path) && !manager.fileExists(atPath: destination.path) {
        try? manager.moveItem(at: retired, to: destination)
      }
      if let error = error as? QingdanError { throw error }
      throw .writeFailed(path: destination.path, reason: error.localizedDescription)
    }
    try? manager.removeItem(at: retired)
  }
}
