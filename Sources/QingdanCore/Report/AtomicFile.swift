import Foundation

/// Writes a report or baseline file whole or not at all: into a temporary file beside it, then renamed over it.
/// A link planted at the path is replaced, never followed; a failed write (a full disk, a file size limit) leaves
/// the previous file as it was.
public enum AtomicFile {
  public static func write(_ text: String, to path: String) throws(QingdanError) {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
      throw .writeFailed(path: path, reason: "这是一个文件夹")
    }
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).qingdan-\(UInt32.random(in: 0...UInt32.max))")
    var info = stat()
    let kept = lstat(url.path, &info) == 0 ? "；原有文件保持不变" : ""
    do {
      try FileBytes.create(Array(text.utf8), named: temporary.path, in: AT_FDCWD, durable: true)
    } catch {
      throw .writeFailed(path: path, reason: error.reason + kept)
    }
    guard rename(temporary.path, url.path) == 0 else {
      let reason = WriteFailure(errno).reason
      unlink(temporary.path)
      throw .writeFailed(path: path, reason: "无法替换原文件（\(reason)）" + kept)
    }
  }

  /// Refuses `path` when it is a catalog file below one of `catalogRoots` (also when reached through a link): a
  /// report or baseline written there would replace part of the catalog it is about.
  public static func refuseCatalogFile(_ path: String, catalogRoots: [URL]) throws(QingdanError) {
    let target = CatalogFiles.resolvedPath(URL(fileURLWithPath: path).standardizedFileURL.path)
    for root in catalogRoots {
      let folder = CatalogFiles.resolvedPath(root.standardizedFileURL.path)
      guard target.hasPrefix(folder + "/") else { continue }
      let relative = target.dropFirst(folder.count + 1)
      if CatalogFiles.isCatalogFile(relative)
        && !relative.split(separator: "/").dropLast().contains(where: CatalogFiles.isSkippedFolder)
      {
        throw .invalidArgument("“\(path)”是清单目录中的清单文件，报告不能写在这里；请换一个文件名（例如 qingdan-report.json）。")
      }
    }
  }
}

/// Why a write failed, from `errno`, in words for the clerk at the keyboard.
package struct WriteFailure: Error {
  let code: Int32

  package init(_ code: Int32) {
    self.code = code
  }

  package var reason: String {
    switch code {
    case ENOSPC, EDQUOT: return "磁盘已满"
    case EFBIG: return "文件超过了允许的大小（磁盘配额或 ulimit -f）"
    case EACCES, EPERM: return "没有写入权限"
    case EROFS: return "磁盘是只读的"
    case ENOENT, ENOTDIR: return "文件夹不存在"
    case EEXIST: return "临时文件已存在"
    case ELOOP: return "路径上有链接，不会跟随链接写入"
    case EIO: return "磁盘读写错误"
    default: return "写入失败（错误码 \(code)）"
    }
  }
}
