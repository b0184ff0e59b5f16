import Foundation

/// Where a catalog's files come from: a folder on disk, or (for tests and, later, git revisions) memory.
/// Paths are relative to the catalog root and `/`-separated.
public protocol CatalogStorage: Sendable {
  /// A name for the catalog in messages, such as the folder as the user gave it.
  var displayName: String { get }
  /// Where the catalog's files are for CI reports, which place findings on repository files: the folder as
  /// named, or for a git revision its path in the repository.
  var reportRoot: String { get }
  /// The catalog's YAML files, and what looks like one but is not read.
  func list() throws(QingdanError) -> CatalogListing
  /// The bytes of a file; `path` may lead outside the catalog root with `..` (a shared profile file).
  func read(_ path: String) throws(QingdanError) -> [UInt8]
}

extension CatalogStorage {
  public var reportRoot: String { displayName }
}

/// A catalog folder on disk.
public struct DirectoryStorage: CatalogStorage {
  public let root: URL
  public let displayName: String

  public init(path: String) {
    root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    displayName = path
  }

  public func list() throws(QingdanError) -> CatalogListing {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
      throw .notACatalog(path: displayName)
    }
    let listing = try CatalogFiles.list(root: root)
    // A qingdan.yaml that is there but cannot be read must not be called missing.
    if let reason = listing.skipped[CatalogFiles.rootFile] {
      throw .unreadable(path: root.appendingPathComponent(CatalogFiles.rootFile).path, reason: "它" + reason)
    }
    return listing
  }

  /// A file below the root is read only if it still lies in the catalog folder when it is opened (a link may have
  /// been swapped since the folder was listed); a profile named on the command line may lie anywhere.
  public func read(_ path: String) throws(QingdanError) -> [UInt8] {
    if path.hasPrefix("/") { return try CatalogFiles.read(URL(fileURLWithPath: path)) }
    let normalized = RelativePath.normalized(path)
    let inside = normalized != ".." && !normalized.hasPrefix("../")
    let url = root.appendingPathComponent(path)
    if inside, url.path.utf8.count >= CatalogFiles.pathLimit, let real = CatalogFiles.realPath(root.path) {
      return try CatalogFiles.read(below: real, relative: normalized, url: url)
    }
    return try CatalogFiles.read(
      root.appendingPathComponent(path), confinedTo: inside ? CatalogFiles.realPath(root.path) : nil)
  }

  /// A profile reference typed on the command line: a built-in id stays as it is; a file that exists relative
  /// to the working directory becomes a path relative to the catalog root (or absolute, when it lies outside);
  /// anything else is taken as relative to the catalog root, like `county.profile`.
  public func profileReference(fromCommandLine reference: String) -> String {
    guard BuiltinProfiles.profile(reference) == nil, FileManager.default.fileExists(atPath: reference) else {
      return reference
    }
    let absolute = URL(fileURLWithPath: reference).standardizedFileURL.path
    let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
    return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
  }
}

/// A catalog held in memory: file path → contents.
public struct MemoryStorage: CatalogStorage {
  public let files: [String: [UInt8]]
  public let displayName: String

  public init(files: [String: String], displayName: String = "memory") {
    self.files = files.mapValues { Array($0.utf8) }
    self.displayName = displayName
  }

  public init(bytes: [String: [UInt8]], displayName: String = "memory") {
    self.files = bytes
    self.displayName = displayName
  }

  public func list() throws(QingdanError) -> CatalogListing {
    let files = files.keys.filter { path in
      CatalogFiles.isCatalogFile(path)
        && !path.split(separator: "/").dropLast().contains(where: CatalogFiles.isSkippedFolder)
    }
    return CatalogListing(files: files.sorted())
  }

  public func read(_ path: String) throws(QingdanError) -> [UInt8] {
    guard let bytes = files[RelativePath.normalized(path)] else {
      throw .unreadable(path: path, reason: "文件不存在")
    }
    return bytes
  }
}

/// `/`-separated relative paths.
enum RelativePath {
  /// Resolves `.` and `..` segments; leading `..` that climb above the root are kept, and so is a leading `/`.
  static func normalized(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else {
        parts.append(part)
      }
    }
    return (absolute ? "/" : "") + parts.joined(separator: "/")
  }

  /// `relative` resolved against the folder of `file`.
  static func resolve(_ relative: String, besideFile file: String) -> String {
    if relative.hasPrefix("/") { return normalized(relative) }
    let folder = (file.hasPrefix("/") ? "/" : "") + file.split(separator: "/").dropLast().joined(separator: "/")
    return normalized(folder.isEmpty ? relative : folder + "/" + relative)
  }
}
