/// A finding as it is reported: with its severity under the active profile, its citation and whether a waiver
/// exempts it.
public struct Diagnostic: Sendable, Hashable {
  public var rule: String
  public var severity: Severity
  /// The finding's message followed by the citation, as users read it.
  public var message: String
  public var location: SourceLocation
  public var citation: String
  public var waived: Bool
  /// The reason of the waiver that exempts it (`waivers[].reason`), for the reports that show exemptions.
  public var waiverReason: String?
  /// Whether a baseline (`--baseline`) lists it as a known finding; like a waived one, it does not fail the run.
  public var baselined = false
  public var code: String?
  public var township: String?
  /// In a diff, the edition whose files `location` points into: the edition a check finding is about, or the old
  /// edition for a finding on a removed item. Nil in `check`, which has one edition.
  public var edition: Edition?

  public init(
    rule: String, severity: Severity, message: String, location: SourceLocation, citation: String,
    waived: Bool = false, code: String? = nil, township: String? = nil
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.location = location
    self.citation = citation
    self.waived = waived
    self.code = code
    self.township = township
  }

  /// A finding as reported: its message followed by the citation it enforces.
  public init(_ finding: Finding, severity: Severity, citation: String) {
    self.init(
      rule: finding.rule, severity: severity, message: finding.message + Citation.suffix(citation),
      location: finding.location, citation: citation, code: finding.code, township: finding.township)
  }

  /// The exit status of a run: 2 when something did not load, 1 when a diagnostic at or above `failOn` is
  /// neither waived nor baselined, else 0.
  static func exitStatus(_ diagnostics: [Diagnostic], loaded: Bool, failOn: Severity) -> Int32 {
    if !loaded { return 2 }
    return diagnostics.contains { !$0.waived && !$0.baselined && $0.severity >= failOn } ? 1 : 0
  }

  /// Report order: by file, line, column, then rule id and message so that output is deterministic.
  package static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
    if lhs.location != rhs.location { return lhs.location < rhs.location }
    if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
    return lhs.message < rhs.message
  }
}

/// Counts of diagnostics that are neither waived nor baselined, by severity, and of waived and baselined ones.
public struct DiagnosticSummary: Sendable, Hashable {
  public var error = 0
  public var warning = 0
  public var info = 0
  public var waived = 0
  public var baselined = 0

  public init(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
      if diagnostic.waived {
        waived += 1
        continue
      }
      if diagnostic.baselined {
        baselined += 1
        continue
      }
      switch diagnostic.severity {
      case .error: error += 1
      case .warning: warning += 1
      case .info: info += 1
      }
    }
  }

  public var total: Int { error + warning + info }
}
