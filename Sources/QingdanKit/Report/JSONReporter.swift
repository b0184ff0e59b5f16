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
    out += "  \"summary\": " + Self.summary(result.summary) + "\n}\n"
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
    if let code = diagnostic.code { fields.append(("code", JSONText.quoted(code))) }
    if let township = diagnostic.township { fields.append(("township", JSONText.quoted(township))) }
    return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
  }

  static func summary(_ summary: DiagnosticSummary) -> String {
    "{\"error\": \(summary.error), \"warning\": \(summary.warning), \"info\": \(summary.info), \"waived\": \(summary.waived)}"
  }
}

/// JSON string literals.
enum JSONText {
  static func quoted(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
