/// Renders a check's result in one output format.
public protocol Reporter {
  /// The whole report, ending with a newline.
  func render(_ result: CheckResult) -> String
}

/// The output formats of `qingdan check`.
public enum ReportFormat: String, Sendable, CaseIterable {
  case human
  case json

  /// The reporter for this format. `root` prefixes file paths in human output so that they can be opened from
  /// where the command was run; `color` adds ANSI colours.
  public func reporter(root: String, color: Bool) -> any Reporter {
    switch self {
    case .human: return HumanReporter(root: root, color: color)
    case .json: return JSONReporter()
    }
  }
}
