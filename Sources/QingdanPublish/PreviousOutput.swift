import Foundation
import QingdanCore

/// The output a build is about to replace, as a source of pages that have not changed. A page whose bytes are
/// exactly those of the same page in the previous output is hard-linked into the staging folder instead of
/// being written again: the previous output is never changed (a link adds a name, it does not touch the file),
/// and when it is retired after the swap, deleting its names frees nothing.
///
/// Besides saving the writes, this keeps a rebuild clear of two costs of ext4 mounted without a journal and
/// with `discard` (as on the machines the benchmarks run on): freeing a hundred thousand files waits for the
/// disk to trim their blocks, and creating a hundred thousand files soon after scans past every inode freed in
/// the last few minutes, for every new file. Together they made some rebuilds of a province's guide ten times
/// slower than others.
///
/// Only a file that is certainly qingdan's own page is reused: a regular file (never through a link), with one
/// name, owned by this user, writable by no one else, and byte for byte what the page is now.
final class PreviousOutput: Sendable {
  private let folders: [String: Int32]
  private let owner = geteuid()

  /// Opens `destination` and its `folders`, when `destination` is a folder (not a link to one).
  init?(_ destination: URL, folders: Set<String>) {
    let top = open(destination.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard top >= 0 else { return nil }
    var opened = ["": top]
    for folder in folders where !folder.isEmpty {
      let descriptor = openat(top, folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      if descriptor >= 0 { opened[folder] = descriptor }
    }
    self.folders = opened
  }

  deinit {
    for descriptor in folders.values { close(descriptor) }
  }

  /// The previous output's `folder/name`, opened, when it holds exactly `bytes` and is certainly ours; `-1` when
  /// there is no such file, it is not certainly ours or it differs. The caller links it with `link` or closes it.
  func identical(_ bytes: [UInt8], folder: String, name: String) -> Int32 {
    guard let previousFolder = folders[folder] else { return -1 }
    let descriptor = openat(previousFolder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return -1 }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1,
      info.st_uid == owner, info.st_mode & 0o022 == 0, info.st_size == bytes.count,
      Self.holds(descriptor, bytes)
    else {
      close(descriptor)
      return -1
    }
    return descriptor
  }

  /// Links the file `identical` opened into `staging` (an open staging folder) as `name`, and closes it. False
  /// when linking fails.
  static func link(_ descriptor: Int32, into staging: Int32, name: String) -> Bool {
    defer { close(descriptor) }
    // The file checked, by its descriptor: a name swapped in meanwhile is not followed.
    return linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", staging, name, AT_SYMLINK_FOLLOW) == 0
  }

  /// Whether the open file's contents are `bytes` (its size already is).
  private static func holds(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { expected in
      withUnsafeTemporaryAllocation(byteCount: 16 * 1024, alignment: 16) { chunk in
        var offset = 0
        while offset < expected.count {
          let count = pread(descriptor, chunk.baseAddress!, min(chunk.count, expected.count - offset), off_t(offset))
          if count < 0 && errno == EINTR { continue }
          guard count > 0, memcmp(chunk.baseAddress!, expected.baseAddress! + offset, count) == 0 else { return false }
          offset += count
        }
        // And nothing more.
        return pread(descriptor, chunk.baseAddress!, 1, off_t(offset)) == 0
      }
    }
  }
}
