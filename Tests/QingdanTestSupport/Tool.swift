import Foundation

/// Runs an external program the tests use as a real user would (Chromium, poppler), and says clearly what to
/// install when it is missing.
public enum Tool {
  public struct Missing: Error, CustomStringConvertible {
    public let name: String

    public init(name: String) {
      self.name = name
    }

    public var description: String {
      "\(name) is not installed; run `make test-deps` (Debian: chromium, poppler-utils; PyPI into .venv: check-jsonschema, pre-commit)"
    }
  }

  /// The first of `names` that is an executable: an absolute path as it is, a bare name on `PATH`.
  public static func find(_ names: [String]) throws -> String {
    for name in names where name.hasPrefix("/") && FileManager.default.isExecutableFile(atPath: name) { return name }
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    for name in names {
      for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
        return "\(folder)/\(name)"
      }
    }
    throw Missing(name: names.joined(separator: " or "))
  }

  /// Standard output of a program; throws when it exits non-zero.
  @discardableResult
  public static func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failed(command: ([executable] + arguments).joined(separator: " "), status: process.terminationStatus)
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// Runs a program in `directory` and returns its exit status and all it printed, whatever the status.
  public static func runCapturing(
    _ executable: String, _ arguments: [String], in directory: URL, environment extra: [String: String] = [:]
  ) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  public struct Failed: Error, CustomStringConvertible {
    public let command: String
    public let status: Int32
    public var description: String { "\(command) exited with \(status)" }
  }
}
