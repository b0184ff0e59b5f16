import CChildProcess
import Foundation

/// What qingdan does when it is interrupted (Ctrl-C, SIGTERM, `timeout`): it forwards the signal to the programs
/// it started and waits for them, removes the temporary files of the output it was writing, says so, and exits
/// with 128 plus the signal's number (130 for SIGINT, 143 for SIGTERM). The command line turns this on with
/// `install`; the library records children and temporary folders whether or not it is on.
public enum Interruption {
  /// Recursive: a step done uninterrupted (`uninterrupted`) may record and forget temporary folders.
  private static let lock = NSRecursiveLock()
  // All guarded by `lock`.
  nonisolated(unsafe) private static var children: Set<pid_t> = []
  nonisolated(unsafe) private static var leftovers: [String: URL] = [:]
  nonisolated(unsafe) private static var notice = "qingdan：已中断。\n"
  /// The write end of the pipe the signal handler writes the signal's number into; set once, before the handler.
  nonisolated(unsafe) private static var signalPipe: Int32 = -1

  /// Handles SIGINT and SIGTERM from now on (on the main thread, before others start). `notice` is what qingdan
  /// says when interrupted, until `setNotice` changes it.
  public static func install(notice: String) {
    setNotice(notice)
    var descriptors: [Int32] = [0, 0]
    guard signalPipe < 0, qingdan_pipe(&descriptors) == 0 else { return }
    signalPipe = descriptors[1]
    let reader = descriptors[0]
    let thread = Thread {
      var number: UInt8 = 0
      while read(reader, &number, 1) != 1 {}
      handle(Int32(number))
    }
    thread.name = "qingdan-interruption"
    thread.start()
    // The handler only writes to a pipe, which is safe in a signal handler; the thread above does the rest.
    for number in [SIGINT, SIGTERM] {
      let previous = signal(number) { number in
        var byte = UInt8(truncatingIfNeeded: number)
        _ = write(Interruption.signalPipe, &byte, 1)
      }
      // A signal the user started qingdan with ignored (a background job of a script) stays ignored.
      if let previous, unsafeBitCast(previous, to: Int.self) == 1 { signal(number, SIG_IGN) }
    }
    // A parent may have blocked them (test runners block SIGTERM), and a blocked signal never arrives.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    sigaddset(&unblocked, SIGINT)
    sigaddset(&unblocked, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
  }

  /// Changes what qingdan says when interrupted from now on.
  public static func setNotice(_ text: String) {
    lock.lock()
    defer { lock.unlock() }
    notice = text.hasSuffix("\n") ? text : text + "\n"
  }

  /// Runs `body` where an interruption waits for it to finish: a step that must be whole (renaming a new output
  /// into place).
  package static func uninterrupted<Result, Failure>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }

  /// `path` is removed if qingdan is interrupted, until `keep` is called with it.
  package static func removeIfInterrupted(_ path: URL) {
    lock.lock()
    defer { lock.unlock() }
    leftovers[path.path] = path
  }

  package static func keep(_ path: URL) {
    lock.lock()
    defer { lock.unlock() }
    leftovers[path.path] = nil
  }

  /// Starts a child (`start` returns its pid) and records it, both while no interruption can be handled.
  static func launching<Failure>(_ start: () -> Result<pid_t, Failure>) -> Result<pid_t, Failure> {
    lock.lock()
    defer { lock.unlock() }
    let result = start()
    if case .success(let pid) = result { children.insert(pid) }
    return result
  }

  /// The child has ended and is about to be reaped.
  static func forget(child pid: pid_t) {
    lock.lock()
    defer { lock.unlock() }
    children.remove(pid)
  }

  /// On the interruption thread; holds the lock until qingdan exits.
  private static func handle(_ number: Int32) -> Never {
    lock.lock()
    for pid in children { kill(pid, number) }
    for pid in children {
      if !ended(pid, within: 3) {
        kill(pid, SIGKILL)
        _ = ended(pid, within: 1)
      }
      // Its own waiter waits for the lock until the exit below, so the number cannot have been reused.
      waitpid(pid, nil, WNOHANG)
    }
    // Writers of the output may still be adding files: a few tries.
    for path in leftovers.values {
      for _ in 0..<5 where FileManager.default.fileExists(atPath: path.path) {
        try? FileManager.default.removeItem(at: path)
      }
    }
    let bytes = Array(notice.utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    _exit(128 + number)
  }

  /// Whether `pid` has ended within `seconds`, without reaping it (its own waiter does that).
  private static func ended(_ pid: pid_t, within seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    repeat {
      var info = siginfo_t()
      let result = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
      if result != 0 && errno != EINTR { return true }
      if result == 0 && info.si_signo != 0 { return true }
      usleep(10_000)
    } while Date() < deadline
    return false
  }
}
