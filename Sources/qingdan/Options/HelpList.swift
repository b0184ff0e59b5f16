import QingdanKit

/// Lists an option's values in help text the way Chinese prose lists them: `human（默认）、json 或 github`.
enum HelpList {
  /// `values` joined with 、 and a final 或; the default marked, and a value's note in brackets after it.
  static func phrase(_ values: [String], default defaultValue: String? = nil, notes: [String: String] = [:]) -> String {
    let words = values.map { value -> String in
      let remarks = (value == defaultValue ? ["默认"] : []) + [notes[value]].compactMap { $0 }
      return remarks.isEmpty ? value : "\(value)（\(remarks.joined(separator: "，"))）"
    }
    guard let last = words.last, words.count > 1 else { return words.joined() }
    let head = words.dropLast().joined(separator: "、")
    return head + (head.hasSuffix("）") ? "或 " : " 或 ") + last
  }

  /// The formats a command offers, for its help and its usage errors.
  static func formats(_ formats: [ReportFormat]) -> String {
    phrase(
      formats.map(\.rawValue), default: ReportFormat.human.rawValue,
      notes: [ReportFormat.markdown.rawValue: "调整情况说明", ReportFormat.github.rawValue: "GitHub Actions 注释"])
  }
}
