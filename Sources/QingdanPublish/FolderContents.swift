import Foundation
import QingdanCore

/// Deletes what a folder holds, relative to the open folder and without following links: a link is deleted as a
/// link, a folder is opened only if it is a folder (`O_NOFOLLOW`), never through a link planted in its place.
enum FolderContents {
  /// Threads that delete the files of a folder tree. Deleting a file whose data is already on disk waits for the
  /// disk (ext4 mounted with `discard` trims the freed blocks before `unlink` returns): a province's hundred
  /// thousand pages took half a minute one at a time, and two seconds on sixteen threads.
  static let removalThreads = 16

  /// At most this many folders below the one being emptied are held open at once; deeper or further ones are
  /// emptied one at a time afterwards.
  static let openFolderLimit = 512

  /// Deletes everything in `folder`. The folders below it are listed first, and then the files of all of them are
  /// deleted on `removalThreads` threads, each taking runs of up to 64 files of one folder, the runs dealt round
  /// robin across the folders: deleting a file holds its folder's lock, so threads in different folders do not
  /// wait for each other (a large guide's 256 page folders). The folders go last, each after what it held.
  static func remove(in folder: Int32) {
    var folders: [(descriptor: Int32, parent: Int, name: [CChar])] = [(folder, -1, [])]
    var files: [[Entry]] = []
    // Folders not opened (over the limit, or refused): emptied and removed one at a time, by `removeFolder`.
    var unopened: [(parent: Int, entry: Entry)] = []
    var next = 0
    while next < folders.count {
      let entries = entries(folders[next].descriptor)
      files.append(entries.filter { $0.isFolder != true })
      for entry in entries where entry.isFolder == true {
        let child =
          folders.count < openFolderLimit
          ? entry.name.withUnsafeBufferPointer {
            openat(folders[next].descriptor, $0.baseAddress!, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
          } : -1
        if child >= 0 { folders.append((child, next, entry.name)) } else { unopened.append((next, entry)) }
      }
      next += 1
    }
    var runs: [(folder: Int, files: Range<Int>)] = []
    for start in stride(from: 0, to: files.map(\.count).max() ?? 0, by: 64) {
      for (index, list) in files.enumerated() where start < list.count {
        runs.append((index, start..<min(list.count, start + 64)))
      }
    }
    let descriptors = folders.map(\.descriptor)
    let removeRun: @Sendable (Int) -> Void = { [files, runs] index in
      let run = runs[index]
      for file in files[run.folder][run.files] { removeFile(file, in: descriptors[run.folder]) }
    }
    if files.reduce(0, { $0 + $1.count }) < 256 {
      for index in runs.indices { removeRun(index) }
    } else {
      _ = Parallel.map(Array(runs.indices), threads: removalThreads, removeRun)
    }
    for (parent, entry) in unopened { removeFolder(entry, in: descriptors[parent]) }
    // Each folder after the ones below it, which come after it in `folders`.
    for index in folders.indices.dropFirst().reversed() {
      let (descriptor, parent, name) = folders[index]
      Glibc.close(descriptor)
      _ = name.withUnsafeBufferPointer { unlinkat(descriptors[parent], $0.baseAddress!, AT_REMOVEDIR) }
    }
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
