/// Renders a check's result in one output format.
public protocol Reporter {
  /// The whole report, ending with a newline.
  func render(_ result: CheckResult) -> String
}

/// The output formats of `qingdan check`.
public enum ReportFormat: String, Sendable, CaseIterable {
  case human
  case json
  case sarif
  case junit
  case github

  /// The reporter for this format. `root` prefixes file paths (except in `json`, whose paths are relative to the
  /// catalog as FORMAT.md says) so that they can be opened from where the command was run; `color` adds ANSI
  /// colours to human output.
  public func reporter(root: String, color: Bool) -> any Reporter {
    let paths = ReportPaths(root: root)
    switch self {
    case .human: return HumanReporter(root: root, color: color)
    case .json: return JSONReporter()
    case .sarif:
      return RenderingReporter { SARIFReporter(paths: paths, profile: $0.loaded.profile).render($0.diagnostics) }
    case .junit: return RenderingReporter { JUnitReporter(paths: paths).render($0) }
    case .github: return RenderingReporter { GitHubReporter(paths: paths).render($0.diagnostics) }
    }
  }
}

/// A reporter made of one rendering function.
struct RenderingReporter: Reporter {
  let body: (CheckResult) -> String

  init(_ body: @escaping (CheckResult) -> String) {
    self.body = body
  }

  func render(_ result: CheckResult) -> String { body(result) }
}
