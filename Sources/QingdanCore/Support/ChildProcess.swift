import CChildProcess
import Foundation

/// Runs another program (git, WeasyPrint) to its end, so that it never outlives qingdan: it stays in qingdan's
/// process group (a Ctrl-C reaches it too), it is known to `Interruption` (which forwards SIGINT and SIGTERM to it
/// and waits for it), and on Linux it is killed when qingdan dies, even by SIGKILL. Foundation's `Process` does
/// none of this: it puts the child in a process group of its own and cannot ask the kernel to end it with its
/// parent.
package struct ChildProcess {
  /// How the program ended and what it printed.
  package struct Outcome {
    /// The exit code, or 128 plus the number of the signal that killed it, as shells report it.
    package var status: Int32
    /// The signal that killed it, if one did.
    package var signal: Int32?
    package var output: [UInt8]
    package var errors: [UInt8]

    /// The last non-empty line of what it printed on standard error.
    package var lastErrorLine: String {
      String(decoding: errors, as: UTF8.self).split(whereSeparator: \.isNewline)
        .last { !$0.allSatisfy(\.isWhitespace) }.map { String($0).trimmingWhitespace } ?? ""
    }
  }

  /// Why the program could not be started: an errno.
  package struct LaunchFailure: Error {
    package let code: Int32
    package var reason: String { String(cString: strerror(code)) }
  }

  let executable: String
  let arguments: [String]
  let environment: [String: String]

  package init(
    _ executable: String, _ arguments: [String],
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    self.executable = executable
    self.arguments = arguments
    self.environment = environment
  }

  /// Runs the program with `input` on its standard input (nothing when nil) and returns once it has ended.
  package func run(input: [UInt8]? = nil) throws(LaunchFailure) -> Outcome {
    let pipes = try (Self.pipe(), Self.pipe(), Self.pipe())
    let (stdin, stdout, stderr) = pipes
    let pid: pid_t
    do {
      pid = try ChildLauncher.shared.launch(
        executable, [executable] + arguments, environment.map { "\($0.key)=\($0.value)" },
        descriptors: (stdin.read, stdout.write, stderr.write))
    } catch {
      for descriptor in [stdin.read, stdin.write, stdout.read, stdout.write, stderr.read, stderr.write] {
        close(descriptor)
      }
      throw error
    }
    for descriptor in [stdin.read, stdout.write, stderr.write] { close(descriptor) }
    var streams = ChildStreams(input: stdin.write, pending: input ?? [], output: stdout.read, errors: stderr.read)
    streams.exchange()
    return Self.wait(for: pid, output: streams.collected, errors: streams.collectedErrors)
  }

  /// Waits for `pid` to end. It leaves `Interruption`'s list before it is reaped, so that its number can never
  /// be signalled after the system has given it to another process.
  private static func wait(for pid: pid_t, output: [UInt8], errors: [UInt8]) -> Outcome {
    var info = siginfo_t()
    while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
    Interruption.forget(child: pid)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let signal = status & 0x7f
    if signal != 0 {
      return Outcome(status: 128 + signal, signal: signal, output: output, errors: errors)
    }
    return Outcome(status: (status >> 8) & 0xff, signal: nil, output: output, errors: errors)
  }

  private static func pipe() throws(LaunchFailure) -> (read: Int32, write: Int32) {
    var descriptors: [Int32] = [0, 0]
    guard qingdan_pipe(&descriptors) == 0 else { throw LaunchFailure(code: errno) }
    return (descriptors[0], descriptors[1])
  }
}

/// The pipes to and from a running child, fed and drained together with `poll`, so that a child that fills one
/// pipe while qingdan waits on another cannot block both.
private struct ChildStreams {
  var input: Int32
  var pending: [UInt8]
  var written = 0
  var output: Int32
  var errors: Int32
  var collected: [UInt8] = []
  var collectedErrors: [UInt8] = []

  init(input: Int32, pending: [UInt8], output: Int32, errors: Int32) {
    self.input = input
    self.pending = pending
    self.output = output
    self.errors = errors
    _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK)
    if pending.isEmpty { closeInput() }
  }

  mutating func exchange() {
    var buffer = [UInt8](repeating: 0, count: 65536)
    while output >= 0 || errors >= 0 {
      var watched = [
        pollfd(fd: input, events: Int16(POLLOUT), revents: 0),
        pollfd(fd: output, events: Int16(POLLIN), revents: 0),
        pollfd(fd: errors, events: Int16(POLLIN), revents: 0),
      ]
      // A negative descriptor is ignored by poll.
      guard poll(&watched, 3, -1) >= 0 || errno == EINTR else { break }
      if watched[0].revents != 0 { feed() }
      if watched[1].revents != 0 { Self.drain(&output, into: &collected, buffer: &buffer) }
      if watched[2].revents != 0 { Self.drain(&errors, into: &collectedErrors, buffer: &buffer) }
    }
    closeInput()
  }

  private mutating func feed() {
    let count = pending.withUnsafeBytes { bytes in
      Glibc.write(input, bytes.baseAddress! + written, bytes.count - written)
    }
    if count > 0 { written += count }
    // EPIPE: the child stopped reading (SIGPIPE is ignored while children run); it answers for itself.
    if (count < 0 && errno != EAGAIN && errno != EINTR) || written == pending.count { closeInput() }
  }

  private mutating func closeInput() {
    if input >= 0 { close(input) }
    input = -1
  }

  private static func drain(_ descriptor: inout Int32, into collected: inout [UInt8], buffer: inout [UInt8]) {
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
    if count > 0 {
      collected.append(contentsOf: buffer[..<count])
    } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
      close(descriptor)
      descriptor = -1
    }
  }
}

/// Starts every child from one thread that lives as long as qingdan: on Linux a child is killed when the thread
/// that started it ends (`PR_SET_PDEATHSIG` is tied to the thread, not the process), and a worker thread of a
/// pool may end while its child still runs.
private final class ChildLauncher: @unchecked Sendable {
  static let shared = ChildLauncher()

  private let condition = NSCondition()
  // Guarded by `condition`.
  private var jobs: [() -> Void] = []

  private init() {
    // A child that exits before reading its input must fail qingdan's write (EPIPE), not kill qingdan.
    signal(SIGPIPE, SIG_IGN)
    let thread = Thread { [self] in serve() }
    thread.name = "qingdan-child-launcher"
    thread.start()
  }

  private func serve() {
    while true {
      condition.lock()
      while jobs.isEmpty { condition.wait() }
      let job = jobs.removeFirst()
      condition.unlock()
      job()
    }
  }

  /// Starts `path` and records it with `Interruption` in one step, so that a signal cannot fall between them.
  func launch(
    _ path: String, _ arguments: [String], _ environment: [String], descriptors: (Int32, Int32, Int32)
  ) throws(ChildProcess.LaunchFailure) -> pid_t {
    let answer = LaunchAnswer()
    condition.lock()
    jobs.append {
      answer.result = Interruption.launching {
        Self.withCStrings(arguments) { argv in
          Self.withCStrings(environment) { envp in
            var pid: pid_t = 0
            let failure = qingdan_spawn(path, argv, envp, descriptors.0, descriptors.1, descriptors.2, &pid)
            return failure == 0 ? .success(pid) : .failure(ChildProcess.LaunchFailure(code: failure))
          }
        }
      }
      answer.done.signal()
    }
    condition.signal()
    condition.unlock()
    answer.done.wait()
    return try answer.result.get()
  }

  private static func withCStrings<Result>(
    _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
  ) -> Result {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(pointers)
  }
}

/// The launcher thread's answer to one request, read after `done` is signalled.
private final class LaunchAnswer: @unchecked Sendable {
  let done = DispatchSemaphore(value: 0)
  var result: Result<pid_t, ChildProcess.LaunchFailure> = .failure(ChildProcess.LaunchFailure(code: EINVAL))
}
