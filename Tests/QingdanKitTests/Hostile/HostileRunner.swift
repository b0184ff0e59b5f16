import Foundation
import QingdanTestSupport

/// Runs the built `qingdan` for a hostile case: inside the case's mount namespace when it has a small disk, as an
/// unprivileged user or under a file size limit when the run asks for it. Output goes through files, so that no
/// amount of it can block the child.
enum HostileRunner {
  struct Output {
    var status: Int32
    /// Whether the process was killed by a signal (a crash), with `status` the signal's number.
    var signaled: Bool
    var stdout: String
    var stderr: String
  }

  /// The unprivileged user for runs that must not be root.
  static let nobody = "65534"

  static var isRoot: Bool { geteuid() == 0 }

  /// Whether these tests (and so the `qingdan` beside them) run under ThreadSanitizer, whose runtime cannot even
  /// start under a small `ulimit -f` (it dies of SIGBUS before `main`).
  static let underThreadSanitizer = dlsym(dlopen(nil, RTLD_NOW), "__tsan_init") != nil

  static func run(_ arguments: [String], in workspace: HostileWorkspace, run: HostileCase.Run? = nil) throws -> Output {
    var command = [CommandRunner.executable.path] + arguments
    if let limit = run?.fileSizeLimitKB {
      command = ["sh", "-c", "ulimit -f \(limit) && exec \"$0\" \"$@\""] + command
    }
    if run?.unprivileged == true && isRoot {
      command = ["setpriv", "--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", "--"] + command
    }
    if let holder = workspace.diskHolder {
      command = ["nsenter", "--target", "\(holder.processIdentifier)", "--mount", "--"] + command
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = command
    process.currentDirectoryURL = workspace.work
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let capture = workspace.work.appendingPathComponent(".capture-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: capture) }
    let stdout = capture.appendingPathComponent("stdout")
    let stderr = capture.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
    _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
    let out = try FileHandle(forWritingTo: stdout)
    let err = try FileHandle(forWritingTo: stderr)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return Output(
      status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
      stdout: String(decoding: try Data(contentsOf: stdout), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: stderr), as: UTF8.self))
  }
}
