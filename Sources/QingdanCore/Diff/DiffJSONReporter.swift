/// `--format json`: `{"changes": [...], "diagnostics": [...], "summary": {...}}` as RULES.md describes, each
/// change also with the place it is (`file`, `line`, `column`, and `edition`: `new`, or `old` for a removal).
struct DiffJSONReporter: Reporter {
  func render(_ diff: EditionDiff) -> String {
    var out = "{\n  \"changes\": ["
    for (index, change) in diff.changes.enumerated() {
      out += (index == 0 ? "\n    " : ",\n    ") + object(change)
    }
    out += diff.changes.isEmpty ? "],\n" : "\n  ],\n"
    out += "  \"diagnostics\": ["
    for (index, diagnostic) in diff.diagnostics.enumerated() {
      out += (index == 0 ? "\n    " : ",\n    ") + JSONReporter.object(diagnostic)
    }
    out += diff.diagnostics.isEmpty ? "],\n" : "\n  ],\n"
    return out + "  \"summary\": " + JSONReporter.summary(diff.summary) + "\n}\n"
  }

  private func object(_ change: Change) -> String {
    var fields: [(String, String)] = [
      ("section", JSONText.quoted(change.section.rawValue)), ("code", JSONText.quoted(change.code)),
    ]
    if let oldCode = change.oldCode { fields.append(("old_code", JSONText.quoted(oldCode))) }
    fields += [
      ("name", JSONText.quoted(change.name)),
      ("kinds", "[" + change.kinds.map { JSONText.quoted($0.rawValue) }.joined(separator: ", ") + "]"),
      (
        "fields",
        "["
          + change.fields.map {
            "{\"field\": \(JSONText.quoted($0.field)), \"old\": \(optional($0.old)), \"new\": \(optional($0.new))}"
          }.joined(separator: ", ") + "]"
      ),
      ("edition", JSONText.quoted(change.inOldEdition ? "old" : "new")),
      ("file", JSONText.quoted(change.location.file)), ("line", String(change.location.line)),
      ("column", String(change.location.column)),
    ]
    return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
  }

  private func optional(_ text: String?) -> String { text.map(JSONText.quoted) ?? "null" }
}
