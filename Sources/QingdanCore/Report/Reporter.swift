/// Renders one kind of result in one output format (SwiftLint's `Reporter`): a check's diagnostics, an edition
/// diff, the rules reference.
public protocol Reporter<Subject> {
  associatedtype Subject

  /// The whole report, ending with a newline.
  func render(_ subject: Subject) -> String
}

/// The output formats of qingdan's reports. Each kind of result says which of them it is reported in
/// (`Reportable.reportFormats`), and each command offers exactly those.
public enum ReportFormat: String, Sendable, CaseIterable {
  case human
  case markdown
  case json
  case sarif
  case junit
  case github
}

/// How a report is to look where the command was run.
public struct ReportSettings: Sendable {
  /// The catalog folder as the user named it, prefixed to file paths in a check's reports (except `json`, whose
  /// paths are relative to the catalog as FORMAT.md says), so that they can be opened from there. A diff names
  /// its editions itself.
  public var root: String
  /// ANSI colours in human output.
  public var color: Bool
  /// The `--fail-on` level: CI reports mark a finding at or above it as failing, as the exit status does.
  public var failOn: Severity

  public init(root: String = ".", color: Bool = false, failOn: Severity = .error) {
    self.root = root
    self.color = color
    self.failOn = failOn
  }
}

/// A result that a command reports, in the formats it lists.
public protocol Reportable {
  /// The formats this kind of result is reported in, the default first.
  static var reportFormats: [ReportFormat] { get }

  /// The reporter for `format`; nil when `format` is not one of `reportFormats`.
  static func reporter(_ format: ReportFormat, settings: ReportSettings) -> (any Reporter<Self>)?
}

extension Reportable {
  /// The report in `format`; nil when this kind of result is not reported in it.
  public func report(_ format: ReportFormat, settings: ReportSettings = ReportSettings()) -> String? {
    Self.reporter(format, settings: settings)?.render(self)
  }
}

extension CheckResult: Reportable {
  public static let reportFormats: [ReportFormat] = [.human, .json, .sarif, .junit, .github]

  public static func reporter(_ format: ReportFormat, settings: ReportSettings) -> (any Reporter<CheckResult>)? {
    let paths = ReportPaths(root: settings.root)
    switch format {
    case .human: return HumanReporter(root: settings.root, color: settings.color)
    case .markdown: return nil
    case .json: return JSONReporter()
    case .sarif:
      return RenderingReporter { result in
        SARIFReporter(
          paths: paths, profile: result.loaded.profile, command: "check", subject: settings.root,
          exitCode: result.exitStatus(failOn: settings.failOn), loaded: result.loaded.loaded
        ).render(result.diagnostics)
      }
    case .junit: return RenderingReporter { JUnitReporter(paths: paths, failOn: settings.failOn).render($0) }
    case .github: return RenderingReporter { GitHubReporter(paths: paths).render($0.diagnostics) }
    }
  }
}

/// A reporter made of one rendering function.
struct RenderingReporter<Subject>: Reporter {
  let body: (Subject) -> String

  init(_ body: @escaping (Subject) -> String) {
    self.body = body
  }

  func render(_ subject: Subject) -> String { body(subject) }
}
