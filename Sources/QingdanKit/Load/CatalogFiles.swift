import Foundation

/// Finds and reads the files of a catalog folder.
public enum CatalogFiles {
  public static let rootFile = "qingdan.yaml"
  /// Files larger than this are refused rather than read into memory.
  public static let maxFileSize = 512 * 1024 * 1024

  /// The catalog's YAML files relative to `root`, sorted, `/`-separated: every `*.yaml` and `*.yml` below the
  /// root except in folders whose name starts with `.` or `_`. Links are not followed, so a link loop or a link
  /// out of the catalog cannot pull in other files.
  public static func list(root: URL) throws(QingdanError) -> [String] {
    var files: [String] = []
    var folders: [String] = [""]
    let manager = FileManager.default
    while let folder = folders.popLast() {
      let url = folder.isEmpty ? root : root.appendingPathComponent(folder, isDirectory: true)
      let names: [String]
      do {
        names = try manager.contentsOfDirectory(atPath: url.path)
      } catch {
        throw .unreadable(path: url.path, reason: "无法列出文件夹内容")
      }
      for name in names {
        let relative = folder.isEmpty ? name : folder + "/" + name
        let path = root.appendingPathComponent(relative).path
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
          if !name.hasPrefix(".") && !name.hasPrefix("_") { folders.append(relative) }
        case S_IFREG:
          if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { files.append(relative) }
        default:
          break
        }
      }
    }
    return files.sorted()
  }

  /// The bytes of a file, refusing one larger than `maxFileSize`.
  public static func read(_ url: URL) throws(QingdanError) -> [UInt8] {
    guard let handle = FileHandle(forReadingAtPath: url.path) else {
      throw .unreadable(path: url.path, reason: "文件不存在或没有读取权限")
    }
    defer { try? handle.close() }
    do {
      let size = try handle.seekToEnd()
      guard size <= UInt64(maxFileSize) else {
        throw QingdanError.unreadable(path: url.path, reason: "文件大于 \(maxFileSize / 1024 / 1024) MB，不像清单文件")
      }
      try handle.seek(toOffset: 0)
      return [UInt8](try handle.readToEnd() ?? Data())
    } catch let error as QingdanError {
      throw error
    } catch {
      throw .unreadable(path: url.path, reason: "读取失败（\(error.localizedDescription)）")
    }
  }
}
