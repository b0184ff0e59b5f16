import Foundation
import QingdanCore

/// Creates the build's one-part files (the pages) on a thread of its own while the other threads render.
///
/// Creating a file in a folder holds the folder's lock in the kernel for the whole inode allocation; a second
/// thread creating in the same folder does not sleep but spins on that lock. With every thread creating its own
/// pages, a fifth of a province build's processor time went to that spinning, on a two-core machine. With one
/// thread creating, little spins, and the renderers use the time.
///
/// The renderers hand over pages through a queue of bounded length, so that no more than `capacity` pages (and
/// descriptors of reusable previous pages) wait in memory. When creating is slower than rendering, a renderer that
/// finds the queue full creates the older half of it itself instead of waiting: the creating thread stays the one
/// that usually creates, and the renderers' idle time goes to the critical path (a province build on tmpfs 2.64 s →
/// 2.4 s; on this machine's ext4, whose cost per file varies several times over with what it did before, the median
/// of four builds 7.1 s → 4.7 s).
final class FileCreator: @unchecked Sendable {
  /// A page to put into its folder: by linking the identical previous page (its open descriptor, `-1` when
  /// there is none) or else by writing `bytes`.
  struct Page {
    let file: Int
    let bytes: [UInt8]
    let previous: Int32
  }

  private let condition = NSCondition()
  private var pending: [Page] = []
  private var closed = false
  private var finished = false
  private let capacity: Int
  private let put: @Sendable (Page) -> Void

  /// Starts the thread; `put` runs on it for each submitted page, or on a renderer that finds the queue full.
  init(capacity: Int, put: @escaping @Sendable (Page) -> Void) {
    self.capacity = max(1, capacity)
    self.put = put
    let thread = Thread { [self] in
      while let batch = next() {
        for page in batch { put(page) }
      }
    }
    thread.name = "qingdan-create"
    thread.start()
  }

  /// Queues `page`. When the queue is full, the submitting thread creates the oldest queued pages itself rather
  /// than wait: creating is the build's critical path, and a renderer that would wait has nothing better to do.
  func submit(_ page: Page) {
    condition.lock()
    var taken: [Page] = []
    if pending.count >= capacity {
      taken = Array(pending.prefix(max(1, pending.count / 2)))
      pending.removeFirst(taken.count)
    }
    pending.append(page)
    condition.broadcast()
    condition.unlock()
    for page in taken { put(page) }
  }

  /// Waits until every submitted page is put and the thread has ended.
  func finish() {
    condition.lock()
    closed = true
    condition.broadcast()
    while !finished { condition.wait() }
    condition.unlock()
  }

  /// Everything queued, on the creating thread; nil when the queue is closed and empty.
  private func next() -> [Page]? {
    condition.lock()
    defer { condition.unlock() }
    while pending.isEmpty && !closed { condition.wait() }
    guard !pending.isEmpty else {
      finished = true
      condition.broadcast()
      return nil
    }
    let batch = pending
    pending.removeAll(keepingCapacity: true)
    return batch
  }
}
