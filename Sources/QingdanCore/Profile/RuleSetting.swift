/// How a profile sets one rule: its severity (nil when the rule is off), parameters and citation.
public struct RuleSetting: Sendable, Hashable {
  public var severity: Severity?
  public var parameters: RuleParameters
  public var citation: String

  public init(severity: Severity?, parameters: RuleParameters, citation: String) {
    self.severity = severity
    self.parameters = parameters
    self.citation = citation
  }
}

/// A change to a rule's setting, from a profile file's `rules:` or from qingdan.yaml's `rules:`.
public struct RuleOverride: Sendable, Hashable {
  public var rule: String
  /// `.some(nil)` turns the rule off; nil leaves the severity as it is.
  public var severity: Severity??
  public var parameters: [String: ParameterValue]
  public var citation: String?
  public var location: SourceLocation

  public init(
    rule: String, severity: Severity?? = nil, parameters: [String: ParameterValue] = [:], citation: String? = nil,
    location: SourceLocation
  ) {
    self.rule = rule
    self.severity = severity
    self.parameters = parameters
    self.citation = citation
    self.location = location
  }
}
