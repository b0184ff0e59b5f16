import Foundation

/// Deletes what a folder holds, relative to the open folder and without following links: a link is deleted as a
/// link, a folder is opened only if it is a folder (`O_NOFOLLOW`), never through a link planted in its place.
enum FolderContents {
  /// Threads that delete the files of a big folder. Deleting a file whose data is already on disk waits for the
  /// disk (ext4 mounted with `discard` trims the freed blocks before `unlink` returns): a province's hundred
  /// thousand pages took half a minute one at a time, and two seconds on sixteen threads.
  static let removalThreads = 16

  static func remove(in folder: Int32) {
    let entries = entries(folder)
    let files = entries.filter { $0.isFolder != true }
    if files.count < 256 {
      for file in files { removeFile(file, in: folder) }
    } else {
      inParallel(files.count) { index in removeFile(files[index], in: folder) }
    }
    for entry in entries where entry.isFolder == true { removeFolder(entry, in: folder) }
  }

  private static func removeFile(_ entry: Entry, in folder: Int32) {
    // A folder the file system did not name as such is removed as a folder when `unlink` refuses it.
    if entry.name.withUnsafeBufferPointer({ unlinkat(folder, $0.baseAddress!, 0) }) != 0 && entry.isFolder == nil {
      removeFolder(entry, in: folder)
    }
  }

  private static func removeFolder(_ entry: Entry, in folder: Int32) {
    entry.name.withUnsafeBufferPointer { name in
      let child = openat(folder, name.baseAddress!, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard child >= 0 else { return }
      remove(in: child)
      Glibc.close(child)
      unlinkat(folder, name.baseAddress!, AT_REMOVEDIR)
    }
  }

  /// Runs `body` for every index on `removalThreads` threads, each taking runs of indices in turn.
  private static func inParallel(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let next = RunCounter(count: count, run: 64)
    let done = DispatchGroup()
    for _ in 0..<min(removalThreads, (count + 63) / 64) {
      done.enter()
      let thread = Thread {
        while let run = next.take() { for index in run { body(index) } }
        done.leave()
      }
      thread.stackSize = 256 * 1024
      thread.start()
    }
    done.wait()
  }

  /// A folder entry: its name as the file system has it (not always UTF-8, so kept as bytes), whether it is a
  /// folder (nil when the file system does not say), and its inode.
  private struct Entry: Sendable {
    var name: [CChar]
    var isFolder: Bool?
    var inode: UInt
  }

  /// The folder's entries, read whole before any is deleted, in inode order: deleting a hundred thousand files in
  /// the order of their inodes touches each block of the inode table once rather than at random.
  private static func entries(_ folder: Int32) -> [Entry] {
    let copy = dup(folder)
    guard copy >= 0 else { return [] }
    guard let stream = fdopendir(copy) else {
      Glibc.close(copy)
      return []
    }
    defer { closedir(stream) }
    var entries: [Entry] = []
    while let entry = readdir(stream) {
      var name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.bindMemory(to: CChar.self)) }
      name = Array(name.prefix { $0 != 0 }) + [0]
      if name == [46, 0] || name == [46, 46, 0] { continue }
      let type = entry.pointee.d_type
      let isFolder: Bool? = type == DT_UNKNOWN ? nil : type == DT_DIR
      entries.append(Entry(name: name, isFolder: isFolder, inode: UInt(entry.pointee.d_ino)))
    }
    return entries.sorted { $0.inode < $1.inode }
  }
}

/// Hands out runs of indices to threads.
private final class RunCounter: @unchecked Sendable {
  private let lock = NSLock()
  private let count: Int
  private let run: Int
  private var next = 0

  init(count: Int, run: Int) {
    self.count = count
    self.run = run
  }

  func take() -> Range<Int>? {
    lock.withLock {
      guard next < count else { return nil }
      defer { next = min(count, next + run) }
      return next..<min(count, next + run)
    }
  }
}
