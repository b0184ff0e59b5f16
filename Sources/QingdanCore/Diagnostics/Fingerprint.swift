import Foundation

/// A diagnostic's identity that survives edits elsewhere in the file: its rule, what it is about (item code,
/// township, or file) and what was found — its message without line numbers, file positions or citation.
public enum Fingerprint {
  public static func of(_ diagnostic: Diagnostic) -> String {
    let subject = diagnostic.code ?? diagnostic.township ?? diagnostic.location.file
    let text = diagnostic.rule + "\u{0}" + subject + "\u{0}" + normalizedMessage(diagnostic)
    return hex(fnv1a(text))
  }

  /// The message as a baseline stores it: no citation, no `file:line:col`, no `第 N 行`.
  public static func normalizedMessage(_ diagnostic: Diagnostic) -> String {
    var message = diagnostic.message
    let suffix = Citation.suffix(diagnostic.citation)
    if message.hasSuffix(suffix) { message.removeLast(suffix.count) }
    for pattern in [#"[^\s“”（）：，；]+:\d+:\d+"#, #"第 \d+ 行"#, #"第 \d+ 个字节"#] {
      message = message.replacingOccurrences(of: pattern, with: "…", options: .regularExpression)
    }
    return message
  }

  /// 64-bit FNV-1a: stable across runs and machines, unlike Swift's seeded hashing.
  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
