import Foundation

/// Creates the build's one-part files (the pages) on a thread of its own while the other threads render.
///
/// Creating a file in a folder holds the folder's lock in the kernel for the whole inode allocation; a second
/// thread creating in the same folder does not sleep but spins on that lock. With every thread creating its own
/// pages, a fifth of a province build's processor time went to that spinning, on a two-core machine. With one
/// thread creating, nothing spins, and the renderers use the time.
///
/// The renderers hand over pages through a queue of bounded length, so that no more than `capacity` pages (and
/// descriptors of reusable previous pages) wait in memory when creating is slower than rendering.
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

  /// Starts the thread; `put` runs on it for each submitted page, in the order submitted.
  init(capacity: Int, put: @escaping @Sendable (Page) -> Void) {
    self.capacity = max(1, capacity)
    let thread = Thread { [self] in
      while let batch = next() {
        for page in batch { put(page) }
      }
    }
    thread.name = "qingdan-create"
    thread.start()
  }

  /// Queues `page`, waiting while the queue is full.
  func submit(_ page: Page) {
    condition.lock()
    while pending.count >= capacity { condition.wait() }
    pending.append(page)
    condition.broadcast()
    condition.unlock()
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
    condition.broadcast()
    return batch
  }
}
