import Foundation
import QingdanKit
import Testing

@testable import QingdanPublish

/// The queue between the renderers and the page-creating thread: every page is put exactly once, and a renderer
/// that finds the queue full puts pages itself instead of waiting.
@Suite struct FileCreatorTests {
  /// What `put` saw, from any thread.
  private final class Record: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int: Int] = [:]
    private var onCreatingThread = 0
    private var elsewhere = 0

    func note(_ file: Int) {
      let creating = Thread.current.threadDictionary[FileCreatorTests.submitter] == nil
      lock.withLock {
        counts[file, default: 0] += 1
        if creating { onCreatingThread += 1 } else { elsewhere += 1 }
      }
    }

    var snapshot: (counts: [Int: Int], creating: Int, elsewhere: Int) {
      lock.withLock { (counts, onCreatingThread, elsewhere) }
    }
  }

  /// Marks the submitting threads.
  static let submitter = "qingdan-test-submitter"

  @Test func everyPageIsPutOnceAndAFullQueueIsHelpedAlong() {
    let record = Record()
    let pages = 2_000
    let creator = FileCreator(capacity: 8) { page in
      // The creating thread is slow at first, so that the queue fills and the submitters must help.
      if page.file == 0 { Thread.sleep(forTimeInterval: 0.2) }
      record.note(page.file)
    }
    DispatchQueue.concurrentPerform(iterations: pages) { file in
      Thread.current.threadDictionary[Self.submitter] = true
      creator.submit(FileCreator.Page(file: file, bytes: [], previous: -1))
    }
    creator.finish()
    let (counts, creating, elsewhere) = record.snapshot
    #expect(counts.count == pages)
    #expect(counts.values.allSatisfy { $0 == 1 })
    #expect(creating + elsewhere == pages)
    #expect(creating > 0)
    #expect(elsewhere > 0)
  }
}
