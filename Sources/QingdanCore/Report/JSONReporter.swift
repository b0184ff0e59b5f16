/// `--format json`: one object, `{"diagnostics": [...], "summary": {...}}`, as FORMAT.md describes.
public struct JSONReporter: Reporter {
  public init() {}

  public func render(_ result: CheckResult) -> String {
    var out = "{\n  \"diagnostics\": ["
    for (index, diagnostic) in result.diagnostics.enumerated() {
      out += index == 0 ? "\n    " : ",\n    "
      out += Self.object(diagnostic)
    }
    out += result.diagnostics.isEmpty ? "],\n" : "\n  ],\n"
    if let baseline = result.baseline {
      let stale = baseline.stale.map {
        "{\"rule\": \(JSONText.quoted($0.rule)), \"subject\": \(JSONText.quoted($0.subject)), \"message\": \(JSONText.quoted($0.message))}"
      }
      out += "  \"baseline\": {\"known\": \(baseline.known), \"stale\": [\(stale.joined(separator: ", "))]},\n"
    }
    out += "  \"summary\": " + Self.summary(result.summary, baselined: result.baseline != nil) + "\n}\n"
    return out
  }

  public static func object(_ diagnostic: Diagnostic) -> String {
    var fields: [(String, String)] = [
      ("rule", JSONText.quoted(diagnostic.rule)),
      ("severity", JSONText.quoted(diagnostic.severity.rawValue)),
      ("message", JSONText.quoted(diagnostic.message)),
      ("file", JSONText.quoted(diagnostic.location.file)),
      ("line", String(diagnostic.location.line)),
      ("column", String(diagnostic.location.column)),
      ("citation", JSONText.quoted(diagnostic.citation)),
      ("waived", diagnostic.waived ? "true" : "false"),
    ]
    if diagnostic.baselined { fields.append(("baselined", "true")) }
    if let code = diagnostic.code { fields.append(("code", JSONText.quoted(code))) }
    if let township = diagnostic.township { fields.append(("township", JSONText.quoted(township))) }
    if let edition = diagnostic.edition { fields.append(("edition", JSONText.quoted(edition.rawValue))) }
    return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// `baselined` appears only when a baseline was used, so that plain output stays as FORMAT.md describes it.
  static func summary(_ summary: DiagnosticSummary, baselined: Bool = false) -> String {
    "{\"error\": \(summary.error), \"warning\": \(summary.warning), \"info\": \(summary.info), \"waived\": \(summary.waived)"
      + (baselined ? ", \"baselined\": \(summary.baselined)}" : "}")
  }
}

/// JSON string literals.
package enum JSONText {
  /// `text` as a JSON string.
  static func quoted(_ text: String) -> String {
    var out = ByteBuffer(capacity: text.utf8.count + 2)
    append(text, to: &out)
    return String(decoding: out.array, as: UTF8.self)
  }

  /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped, and U+2028 and U+2029
  /// (which end a line in older JavaScript). With `scriptSafe`, `<` too (as `\u003c`), so that no text can close
  /// a script element, however the file is included. Runs of bytes that need nothing are copied whole.
  package static func append(_ text: String, scriptSafe: Bool = false, to out: inout ByteBuffer) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { source in
      var start = 0
      var index = 0
      while index < source.count {
        let byte = source[index]
        let replacement: StaticString
        switch byte {
        case UInt8(ascii: "\""): replacement = "\\\""
        case UInt8(ascii: "\\"): replacement = "\\\\"
        case UInt8(ascii: "\n"): replacement = "\\n"
        case UInt8(ascii: "\r"): replacement = "\\r"
        case UInt8(ascii: "\t"): replacement = "\\t"
        case UInt8(ascii: "<") where scriptSafe: replacement = "\\u003c"
        case 0..<0x20: replacement = controlEscapes[Int(byte)]
        // C1 controls, bidi controls, zero-width and other invisible characters (U+2028 and U+2029 among them) start
        // with one of these bytes; each is written as `\\uXXXX` (surrogates above the BMP), which every JSON
        // reader turns back into the same character but no terminal acts on.
        case 0xC2, 0xD8, 0xDB, 0xDC, 0xE1, 0xE2, 0xEF, 0xF0, 0xF3:
          guard let (scalar, count) = scalar(at: index, in: source), VisibleText.isHidden(scalar) else {
            index += 1
            continue
          }
          out.append(UnsafeBufferPointer(rebasing: source[start..<index]))
          for unit in String(scalar).utf16 { out.append(utf8: unicodeEscape(unit)) }
          index += count
          start = index
          continue
        default:
          index += 1
          continue
        }
        out.append(UnsafeBufferPointer(rebasing: source[start..<index]))
        out.append(replacement)
        index += 1
        start = index
      }
      out.append(UnsafeBufferPointer(rebasing: source[start...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  /// The scalar whose UTF-8 encoding starts at `index`, and its length; nil in the middle of one.
  private static func scalar(at index: Int, in source: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
    let lead = source[index]
    let count = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard index + count <= source.count else { return nil }
    var value = UInt32(lead) & (count == 4 ? 0x07 : count == 3 ? 0x0F : 0x1F)
    for offset in 1..<count {
      let byte = source[index + offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return Unicode.Scalar(value).map { ($0, count) }
  }

  /// `\uXXXX` for one UTF-16 code unit, in lower case as `controlEscapes`.
  private static func unicodeEscape(_ unit: UInt16) -> String {
    let hex = String(unit, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }

  /// `\u0000` … `\u001f`.
  private static let controlEscapes: [StaticString] = [
    "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007", "\\u0008", "\\u0009",
    "\\u000a", "\\u000b", "\\u000c", "\\u000d", "\\u000e", "\\u000f", "\\u0010", "\\u0011", "\\u0012", "\\u0013",
    "\\u0014", "\\u0015", "\\u0016", "\\u0017", "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d",
    "\\u001e", "\\u001f",
  ]
}
