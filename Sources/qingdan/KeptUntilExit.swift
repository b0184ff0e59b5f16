/// What a command loaded, kept until the process exits rather than freed piece by piece when `run` returns.
/// A province's two editions are millions of strings and arrays; freeing them took a tenth of a second or more
/// on one core, after the report was already written, and the operating system takes the memory back at exit in
/// one step anyway. Held from a global, so leak checkers (AddressSanitizer's) see it as reachable, not lost.
enum KeptUntilExit {
  nonisolated(unsafe) private static var kept: [Any] = []

  /// Keeps `value` (called on the main thread, by the command that runs).
  static func keep(_ value: Any) { kept.append(value) }
}
