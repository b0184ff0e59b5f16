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
    let process = Process()
    process.executableURL = executable
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
    // Read both pipes before waiting, so a large report cannot fill a pipe and block the child.
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self))
  }
}
