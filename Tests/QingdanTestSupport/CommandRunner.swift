import Foundation

/// Runs the built `qingdan` executable the way a user or CI would.
public enum CommandRunner {
  public struct Output {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// The package's root folder.
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `$QINGDAN_BIN`, else `qingdan` beside the test bundle (SwiftPM builds both into one folder).
  public static var executable: URL {
    if let path = ProcessInfo.processInfo.environment["QINGDAN_BIN"] { return URL(fileURLWithPath: path) }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
    return folder.appendingPathComponent("qingdan")
  }

  /// WeasyPrint for the PDF tests: `$QINGDAN_WEASYPRINT`, else the `.venv` that `make deps` creates.
  public static var weasyprint: String {
    ProcessInfo.processInfo.environment["QINGDAN_WEASYPRINT"]
      ?? packageRoot.appendingPathComponent(".venv/bin/weasyprint").path
  }

  public static func run(
    _ arguments: [String], in directory: URL = packageRoot, environment extra: [String: String] = [:]
  ) throws -> Output {
    try run(executable, arguments, in: directory, environment: extra)
  }

  /// Runs any program the same way, with `NO_COLOR` set. `timeLimit`: seconds after which the program is
  /// terminated (its output is then whatever it wrote before), so that a program that hangs fails a test instead
  /// of stopping the run.
  public static func run(
    _ program: URL, _ arguments: [String], in directory: URL = packageRoot, environment extra: [String: String] = [:],
    timeLimit: Double? = nil
  ) throws -> Output {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment.merge(extra) { _, new in new }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let watchdog = timeLimit.map { Watchdog(process, seconds: $0) }
    // Both pipes are read at once: read one to its end first, and a child that fills the other's pipe (64 KB)
    // would block writing it while this process waits for the first to end.
    let stderrReader = PipeReader(err)
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = stderrReader.wait()
    process.waitUntilExit()
    watchdog?.cancel()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self))
  }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  // Written once by the reading thread before `finished` is signalled, read only after waiting for it.
  private var data = Data()

  init(_ pipe: Pipe) {
    let handle = pipe.fileHandleForReading
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      finished.signal()
    }
  }

  /// Everything the pipe carried, once its writers have closed it.
  func wait() -> Data {
    finished.wait()
    return data
  }
}

/// Kills a process that is still running after a time limit. With SIGKILL: the child inherits the test runner's
/// blocked signals, SIGTERM among them, so `terminate()` would not end it.
private struct Watchdog {
  private let item: DispatchWorkItem

  init(_ process: Process, seconds: Double) {
    item = DispatchWorkItem {
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
  }

  func cancel() { item.cancel() }
}
