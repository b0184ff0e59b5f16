import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// A catalog file that an editor keeps saving — truncated, then written in two halves — while `qingdan check`
/// and the loader read it, with no ordering between the two. Whatever each run happens to see, it must end in a
/// report about that file alone: no crash, no report about another file, no half-parsed mixture passed off as
/// a clean check. (`changed-while-read` in the corpus makes each kind of change deterministic.)
@Suite struct ChangingCatalogTests {
  static let path = "services/shehui-jiuzhu.yaml"

  @Test func checkWhileAFileIsBeingSaved() throws {
    let workspace = try HostileWorkspace(HostileCase(hazard: "一个文件正在被反复保存", runs: []))
    let saver = Saver(file: workspace.catalog.appendingPathComponent(Self.path))
    saver.start()
    defer { saver.stop() }
    for _ in 0..<12 {
      let output = try HostileRunner.run(["check", workspace.catalog.path, "--format", "json"], in: workspace)
      #expect(!output.signaled && [0, 1, 2].contains(output.status), "exit \(output.status): \(output.stderr)")
      let reported = try #require(HostileExpectations.parse(json: output.stdout), "\(output.stdout)")
      Self.expectOnlyAboutTheSavedFile(reported)
    }
  }

  /// The loader in this process, several loads at once: the parallel file loading under ThreadSanitizer too.
  @Test func loadWhileAFileIsBeingSaved() throws {
    let workspace = try HostileWorkspace(HostileCase(hazard: "一个文件正在被反复保存", runs: []))
    let saver = Saver(file: workspace.catalog.appendingPathComponent(Self.path))
    saver.start()
    defer { saver.stop() }
    let storage = DirectoryStorage(path: workspace.catalog.path)
    let lock = NSLock()
    nonisolated(unsafe) var results: [[HostileExpectations.Reported]?] = []
    DispatchQueue.concurrentPerform(iterations: 16) { _ in
      let reported = (try? Checker().check(storage)).map { result in
        result.diagnostics.filter { !$0.waived }.map {
          HostileExpectations.Reported(
            rule: $0.rule, file: $0.location.file, line: $0.location.line, column: $0.location.column,
            message: $0.message)
        }
      }
      lock.withLock { results.append(reported) }
    }
    #expect(results.count == 16)
    for reported in results {
      Self.expectOnlyAboutTheSavedFile(try #require(reported))
    }
  }

  private static func expectOnlyAboutTheSavedFile(_ reported: [HostileExpectations.Reported]) {
    for diagnostic in reported {
      #expect(diagnostic.file == path, "\(diagnostic)")
      #expect(diagnostic.line >= 1 && diagnostic.column >= 1 && diagnostic.message.hasSuffix("）"), "\(diagnostic)")
    }
  }
}

/// Saves a file over and over the way a careless editor does: truncate, write half, pause, write the rest.
final class Saver: @unchecked Sendable {
  private let file: URL
  private let content: Data
  private let lock = NSLock()
  private var running = false
  private var thread: Thread?

  init(file: URL) {
    self.file = file
    content = (try? Data(contentsOf: file)) ?? Data()
  }

  func start() {
    lock.withLock { running = true }
    let thread = Thread { [self] in
      while lock.withLock({ running }) {
        guard let handle = FileHandle(forWritingAtPath: file.path) else { continue }
        try? handle.truncate(atOffset: 0)
        try? handle.write(contentsOf: content.prefix(content.count / 2))
        usleep(300)
        try? handle.write(contentsOf: content.dropFirst(content.count / 2))
        try? handle.close()
        usleep(300)
      }
    }
    self.thread = thread
    thread.start()
  }

  func stop() {
    lock.withLock { running = false }
    while thread?.isFinished == false { usleep(1000) }
    try? content.write(to: file)
  }
}
