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
    return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// `baselined` appears only when a baseline was used, so that plain output stays as FORMAT.md describes it.
  static func summary(_ summary: DiagnosticSummary, baselined: Bool = false) -> String {
    "{\"error\": \(summary.error), \"warning\": \(summary.warning), \"info\": \(summary.info), \"waived\": \(summary.waived)"
      + (baselined ? ", \"baselined\": \(summary.baselined)}" : "}")
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
