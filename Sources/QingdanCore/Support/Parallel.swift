import Foundation

/// Work spread over threads: loading files, running rules, comparing lists, rendering and deleting a guide's pages.
package enum Parallel {
  /// `transform` over `elements`, results in order. Without `threads`, on every core, for work that keeps the
  /// processor busy; with `threads`, on that many threads, each taking the next element in turn, for work that
  /// mostly waits (deleting a file whose data is on disk waits for the disk).
  package static func map<Element: Sendable, Result: Sendable>(
    _ elements: [Element], threads: Int? = nil, _ transform: @escaping @Sendable (Element) -> Result
  ) -> [Result] {
    guard elements.count > 1 else { return elements.map(transform) }
    let buffer = UnsafeMutableBufferPointer<Result?>.allocate(capacity: elements.count)
    buffer.initialize(repeating: nil)
    defer {
      buffer.deinitialize()
      buffer.deallocate()
    }
    nonisolated(unsafe) let slots = buffer
    // Each index is taken once and writes only its own slot.
    if let threads {
      let next = IndexCounter(count: elements.count)
      let done = DispatchGroup()
      for _ in 0..<min(threads, elements.count) {
        done.enter()
        let thread = Thread {
          while let index = next.take() { slots[index] = transform(elements[index]) }
          done.leave()
        }
        thread.stackSize = 256 * 1024
        thread.start()
      }
      done.wait()
    } else {
      DispatchQueue.concurrentPerform(iterations: elements.count) { index in
        slots[index] = transform(elements[index])
      }
    }
    return buffer.map { $0! }
  }
}

/// Hands out indices to threads, each once.
private final class IndexCounter: @unchecked Sendable {
  private let lock = NSLock()
  private let count: Int
  private var next = 0

  init(count: Int) { self.count = count }

  func take() -> Int? {
    lock.withLock {
      guard next < count else { return nil }
      defer { next += 1 }
      return next
    }
  }
}
