import Foundation

/// Writes a report or baseline file whole or not at all: into a temporary file beside it, then renamed over it.
/// A link planted at the path is replaced, never followed.
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
    guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
      throw .writeFailed(path: path, reason: "无法在 \(folder.path) 中写入（文件夹不存在、没有权限或磁盘已满？）")
    }
    guard rename(temporary.path, url.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw .writeFailed(path: path, reason: "无法替换原文件")
    }
  }
}
