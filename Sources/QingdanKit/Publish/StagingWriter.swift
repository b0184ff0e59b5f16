import Foundation

/// Writes a build's files into its staging folder and removes a retired output. A province's guide has over a
/// hundred thousand pages, so each folder is created once and files are created and deleted with one system call
/// each. They are written one after the other: on ext4, creating or deleting files in one folder from two threads
/// was no faster (the folder's lock serialises them) and at times much slower.
struct StagingWriter {
  /// The output folder the user named, for messages.
  let destination: URL

  /// Creates each folder once, then the files, new and never through a link. Stops at the first failure.
  func write(_ files: [String: [UInt8]], into staging: URL) throws(QingdanError) {
    let paths = files.keys.sorted()
    var folders = Set<String>()
    for path in paths {
      let parts = path.split(separator: "/")
      guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
        throw .writeFailed(path: destination.path, reason: "生成的文件名“\(path)”不安全")
      }
      if parts.count > 1 { folders.insert(parts.dropLast().joined(separator: "/")) }
    }
    for folder in folders.sorted() {
      do {
        try FileManager.default.createDirectory(
          at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
      } catch {
        throw .writeFailed(
          path: destination.path, reason: "无法创建文件夹（写到 \(folder) 时，磁盘已满或没有权限？）；原有输出保持不变")
      }
    }
    let root = staging.path
    for path in paths {
      do throws(WriteFailure) {
        try AtomicFile.create(files[path]!, at: URL(fileURLWithPath: root + "/" + path))
      } catch {
        throw .writeFailed(path: destination.path, reason: "\(error.reason)（写到 \(path) 时）；原有输出保持不变")
      }
    }
  }

  /// Deletes `folder` and everything in it without following links: one `unlink` per file, folders (deepest first)
  /// after them. Best effort: what cannot be deleted stays (the next build removes leftovers of finished builds).
  static func remove(_ folder: URL) {
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return }
    var entries: [String] = []
    while let entry = walker.nextObject() as? String { entries.append(folder.path + "/" + entry) }
    let folders = entries.filter { unlink($0) != 0 }
    for path in folders.sorted(by: { $0.count > $1.count }) { rmdir(path) }
    rmdir(folder.path)
  }
}
