import Foundation

/// Files created new in an open folder: never through a link, never over an existing file, every write checked.
package enum FileBytes {
  static let createFlags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC

  /// Creates `name` in the open `folder` (or at the path `name` with `AT_FDCWD`) with `bytes`. A file left half
  /// written by a failure is removed. `durable` waits until the bytes are on disk before returning.
  package static func create(_ bytes: [UInt8], named name: String, in folder: Int32, durable: Bool = false)
    throws(WriteFailure)
  {
    let descriptor = openat(folder, name, createFlags, 0o644)
    guard descriptor >= 0 else { throw WriteFailure(errno) }
    var failure = write(bytes, to: descriptor)
    if failure == nil, durable, fsync(descriptor) != 0 { failure = WriteFailure(errno) }
    // A network file system may report a failed write only when the file is closed.
    if Glibc.close(descriptor) != 0, failure == nil { failure = WriteFailure(errno) }
    if let failure {
      unlinkat(folder, name, 0)
      throw failure
    }
  }

  /// Writes all of `bytes`, however many calls it takes.
  static func write(_ bytes: [UInt8], to descriptor: Int32) -> WriteFailure? {
    bytes.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if count < 0 && errno == EINTR { continue }
        // No progress on a regular file means the disk is full.
        guard count > 0 else { return WriteFailure(count < 0 ? errno : ENOSPC) }
        written += count
      }
      return nil
    }
  }
}

/// A big file whose parts render on different threads, in any order, and are written in order: a part that comes
/// early waits in memory for the ones before it. Whichever thread finds the next part ready writes it, so no
/// thread waits for another's write.
package final class PartedFileWriter: @unchecked Sendable {
  private let folder: Int32
  private let name: String
  private let partCount: Int
  private let lock = NSLock()
  private var descriptor: Int32 = -1
  private var next = 0
  private var waiting: [Int: [UInt8]] = [:]
  private var writing = false
  private var failed = false

  package init(folder: Int32, name: String, partCount: Int) {
    self.folder = folder
    self.name = name
    self.partCount = partCount
  }

  package func write(part: Int, _ bytes: [UInt8]) throws(WriteFailure) {
    let start: Bool = lock.withLock {
      waiting[part] = bytes
      guard !writing, !failed else { return false }
      writing = true
      return true
    }
    guard start else { return }
    // This thread now writes until no part is ready.
    while true {
      let ready: [UInt8]? = lock.withLock {
        guard let ready = waiting.removeValue(forKey: next) else {
          writing = false
          return nil
        }
        return ready
      }
      guard let ready else { return }
      if let failure = append(ready) {
        lock.withLock {
          failed = true
          writing = false
          waiting = [:]
        }
        abandon()
        throw failure
      }
    }
  }

  /// Creates the file before the first part and closes it after the last.
  private func append(_ bytes: [UInt8]) -> WriteFailure? {
    if descriptor < 0 {
      descriptor = openat(folder, name, FileBytes.createFlags, 0o644)
      guard descriptor >= 0 else { return WriteFailure(errno) }
    }
    if let failure = FileBytes.write(bytes, to: descriptor) { return failure }
    next += 1
    guard next == partCount else { return nil }
    let closed = Glibc.close(descriptor)
    descriptor = -1
    return closed == 0 ? nil : WriteFailure(errno)
  }

  /// Closes and removes a file that will not be finished.
  package func abandon() {
    lock.withLock {
      guard descriptor >= 0 || (failed && next > 0) else { return }
      if descriptor >= 0 { Glibc.close(descriptor) }
      descriptor = -1
      unlinkat(folder, name, 0)
    }
  }
}
