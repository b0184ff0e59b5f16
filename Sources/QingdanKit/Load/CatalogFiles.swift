import Foundation

/// What a catalog folder holds: its YAML files, and the entries that look like catalog files but were not read.
public struct CatalogListing: Sendable, Equatable {
  /// Relative, `/`-separated, sorted.
  public var files: [String]
  /// Relative path → why it was not read (a link out of the catalog, a link to a folder, a device …).
  public var skipped: [String: String]

  public init(files: [String], skipped: [String: String] = [:]) {
    self.files = files
    self.skipped = skipped
  }
}

/// Finds and reads the files of a catalog folder.
public enum CatalogFiles {
  public static let rootFile = "qingdan.yaml"
  /// Files larger than this are refused rather than read into memory.
  public static let maxFileSize = 512 * 1024 * 1024

  /// Whether a file of this name (or path) is a catalog file. Hidden files (`.gitlab-ci.yml`,
  /// `.pre-commit-config.yaml`) are other tools' settings, not catalog files, just as hidden folders are skipped.
  static func isCatalogFile(_ path: some StringProtocol) -> Bool {
    let name = path.split(separator: "/").last ?? ""
    return (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasPrefix(".")
  }

  /// Whether a folder of this name is left out (`.git`, `_drafts`, …).
  static func isSkippedFolder(_ name: some StringProtocol) -> Bool { name.hasPrefix(".") || name.hasPrefix("_") }

  /// Every `*.yaml` and `*.yml` below `root` except in folders whose name starts with `.` or `_`. A link to a
  /// file inside the catalog is read like the file; links to folders are not followed (no loops), and links out
  /// of the catalog are not read (a catalog cannot pull in other files): both are listed as skipped.
  public static func list(root: URL) throws(QingdanError) -> CatalogListing {
    var listing = CatalogListing(files: [])
    var folders: [String] = [""]
    let rootPath = realPath(root.path) ?? root.path
    while let folder = folders.popLast() {
      let url = folder.isEmpty ? root : root.appendingPathComponent(folder, isDirectory: true)
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: url.path)
      } catch {
        throw .unreadable(path: url.path, reason: "无法列出文件夹内容（没有权限？）")
      }
      for name in names {
        let relative = folder.isEmpty ? name : folder + "/" + name
        let path = root.appendingPathComponent(relative).path
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
          if !isSkippedFolder(name) { folders.append(relative) }
        case S_IFREG:
          if isCatalogFile(name) { listing.files.append(relative) }
        case S_IFLNK:
          guard isCatalogFile(name) else { continue }
          if let target = realPath(path), target.hasPrefix(rootPath + "/"), stat(target, &info) == 0,
            info.st_mode & S_IFMT == S_IFREG
          {
            listing.files.append(relative)
          } else {
            listing.skipped[relative] = "这是一个链接，指向清单目录以外、不存在或不是普通文件，未读取"
          }
        default:
          if isCatalogFile(name) { listing.skipped[relative] = "不是普通文件（设备、管道或套接字），未读取" }
        }
      }
    }
    listing.files.sort()
    return listing
  }

  /// The bytes of a regular file, refusing anything else (a device or a pipe would never end) and anything larger
  /// than `maxFileSize`, even when the file grows while it is read.
  public static func read(_ url: URL) throws(QingdanError) -> [UInt8] {
    // Non-blocking, so that opening a named pipe returns at once instead of waiting for a writer.
    let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .unreadable(path: url.path, reason: errno == ENOENT ? "文件不存在" : "没有读取权限或无法打开")
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      throw .unreadable(path: url.path, reason: "不是普通文件")
    }
    guard info.st_size <= maxFileSize else {
      throw .unreadable(path: url.path, reason: "文件大于 \(maxFileSize / 1024 / 1024) MB，不像清单文件")
    }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
    var filled = 0
    while true {
      if filled == bytes.count {
        guard bytes.count <= maxFileSize else {
          throw .unreadable(path: url.path, reason: "文件大于 \(maxFileSize / 1024 / 1024) MB，不像清单文件")
        }
        bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2)))
      }
      let count = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: url.path, reason: "读取失败")
      }
      if count == 0 { break }
      filled += count
    }
    bytes.removeLast(bytes.count - filled)
    return bytes
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
