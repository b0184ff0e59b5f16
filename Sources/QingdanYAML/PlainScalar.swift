/// What a plain (unquoted) scalar means to a YAML 1.2 tool such as the ruamel.yaml that check-jsonschema and
/// editors use: its core schema (`true`, `~`, `0x0A`, `7.0`, `1e1`, …) plus ruamel's underscores in numbers. The
/// loader keeps every scalar's text as written, and asks this where a field's type depends on it, so that qingdan
/// and the JSON Schema read the same value.
package enum PlainScalar: Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string

  package init(_ text: String) {
    switch text {
    case "", "~", "null", "Null", "NULL": self = .null
    case "true", "True", "TRUE": self = .bool(true)
    case "false", "False", "FALSE": self = .bool(false)
    case ".inf", "+.inf", ".Inf", "+.Inf", ".INF", "+.INF": self = .number(.infinity)
    case "-.inf", "-.Inf", "-.INF": self = .number(-.infinity)
    case ".nan", ".NaN", ".NAN": self = .number(.nan)
    default: self = Self.number(text).map(PlainScalar.number) ?? .string
    }
  }

  /// The value of an integer (`0b`, `0o`, `0x` or decimal) or a float, as ruamel.yaml's 1.2 resolver reads it.
  private static func number(_ text: String) -> Double? {
    guard let first = text.utf8.first, "-+0123456789.".utf8.contains(first) else { return nil }
    var body = Substring(text)
    var sign = 1.0
    if let head = body.first, head == "-" || head == "+" {
      sign = head == "-" ? -1 : 1
      body = body.dropFirst()
    }
    for (prefix, radix, digits) in [("0b", 2, "01_"), ("0o", 8, "01234567_"), ("0x", 16, "0123456789abcdefABCDEF_")]
    where body.hasPrefix(prefix) {
      let rest = body.dropFirst(2)
      guard !rest.isEmpty, rest.allSatisfy({ digits.contains($0) }) else { return nil }
      guard let value = UInt64(rest.filter { $0 != "_" }, radix: radix) else { return nil }
      return sign * Double(value)
    }
    if !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }) {
      guard let first = body.first, first != "_" else { return nil }
      return Double(body.filter { $0 != "_" }).map { sign * $0 }
    }
    // [0-9][0-9_]*\.[0-9_]*([eE][-+]?[0-9]+)?  |  [0-9][0-9_]*[eE][-+]?[0-9]+  |  \.[0-9_]+([eE][-+][0-9]+)?
    var mantissa = body
    var exponent: Substring = ""
    if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = body[..<e]
      exponent = body[body.index(after: e)...]
      var digits = exponent
      if let head = digits.first, head == "-" || head == "+" { digits = digits.dropFirst() }
      guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
      if mantissa.hasPrefix("."), !(exponent.first == "-" || exponent.first == "+") { return nil }
    }
    let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let isDigits = { (part: Substring) in part.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "_") } }
    guard parts.allSatisfy(isDigits) else { return nil }
    if parts.count == 1 {
      guard !exponent.isEmpty, let head = parts[0].first, head != "_" else { return nil }
    } else if parts[0].isEmpty {
      guard !parts[1].isEmpty else { return nil }
    } else {
      guard let head = parts[0].first, head != "_" else { return nil }
    }
    let cleaned = (parts.joined(separator: ".") + (exponent.isEmpty ? "" : "e" + exponent)).filter { $0 != "_" }
    return Double(cleaned.hasSuffix(".") ? cleaned + "0" : cleaned).map { sign * $0 }
  }
}
