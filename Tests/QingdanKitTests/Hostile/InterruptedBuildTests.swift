import Foundation
import QingdanTestSupport
import Testing

/// `build --pdf` killed as users and schedulers kill it (Ctrl-C to the process group, SIGTERM from `timeout` or
/// a service manager, SIGKILL from the out-of-memory killer), at several moments: nothing of the build may keep
/// running, and after SIGINT or SIGTERM no temporary folder may stay and the old output must be as it was.
@Suite(.serialized) struct InterruptedBuildTests {
  enum Moment: String, CaseIterable {
    /// Still checking the catalog, before anything is written.
    case checking
    /// WeasyPrint has just started.
    case typesetterStarted
    /// WeasyPrint has been typesetting for a while.
    case typesetting
  }

  enum Kill: String, CaseIterable {
    case interruptGroup, terminate, killProcess

    var signal: Int32 {
      switch self {
      case .interruptGroup: SIGINT
      case .terminate: SIGTERM
      case .killProcess: SIGKILL
      }
    }
  }

  @Test(arguments: Kill.allCases, Moment.allCases)
  func nothingOfTheBuildOutlivesIt(_ kill: Kill, at moment: Moment) throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-kill-\(UUID().uuidString)")
    let mark = base.lastPathComponent
    let out = base.appendingPathComponent("site")
    // An earlier build's output, which must come through untouched.
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try Data("old\n".utf8).write(to: out.appendingPathComponent(".qingdan-build"))
    try Data("old page\n".utf8).write(to: out.appendingPathComponent("index.html"))
    defer { try? FileManager.default.removeItem(at: base) }

    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = ["build", Fixtures.dejiang, "--out", out.path, "--pdf"]
    process.currentDirectoryURL = CommandRunner.packageRoot
    var environment = ProcessInfo.processInfo.environment
    environment["QINGDAN_WEASYPRINT"] = CommandRunner.weasyprint
    process.environment = environment
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let pid = process.processIdentifier
    defer { Self.killAll(marked: mark) }

    switch moment {
    case .checking:
      usleep(300_000)
    case .typesetterStarted, .typesetting:
      let started = Self.waitFor(seconds: 60) { Self.processes(marked: mark).contains { $0.contains("weasyprint") } }
      try #require(started, "WeasyPrint did not start")
      if moment == .typesetting { usleep(1_500_000) }
    }
    try #require(process.isRunning, "the build ended before it could be killed")
    switch kill {
    case .interruptGroup:
      // Foundation's Process starts qingdan as the leader of a process group, as a shell starts a job.
      try #require(getpgid(pid) == pid)
      Glibc.kill(-pid, SIGINT)
    case .terminate, .killProcess:
      Glibc.kill(pid, kill.signal)
    }
    let ended = Self.waitFor(seconds: 10) { !process.isRunning }
    try #require(ended, "qingdan did not end")
    process.waitUntilExit()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    usleep(1_000_000)

    #expect(Self.processes(marked: mark).isEmpty, "still running: \(Self.processes(marked: mark))")
    #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8) == "old page\n")
    if kill == .killProcess {
      #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)
    } else {
      #expect(process.terminationStatus == 128 + kill.signal, "\(stderr)")
      #expect(stderr.contains("生成已中断") && stderr.contains("原有输出保持不变"), "\(stderr)")
      #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["site"])
    }
  }

  /// The command lines of running processes that mention `mark`.
  static func processes(marked mark: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return names.filter { Int32($0) != nil }.compactMap { pid -> String? in
      guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
      let line = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
      return line.contains(mark) ? "\(pid): \(line)" : nil
    }
  }

  /// Leaves nothing running after a failed test.
  static func killAll(marked mark: String) {
    for line in processes(marked: mark) {
      if let pid = Int32(line.prefix { $0 != ":" }) { kill(pid, SIGKILL) }
    }
  }

  static func waitFor(seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition() { return true }
      usleep(20_000)
    }
    return condition()
  }
}
