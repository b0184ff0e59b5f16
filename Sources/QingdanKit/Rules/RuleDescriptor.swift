/// What qingdan knows about a rule without running it: for `qingdan rules`, profiles and reports.
public struct RuleDescriptor: Sendable, Hashable {
  public var id: String
  /// One line of Chinese: what the rule checks.
  public var summary: String
  /// Chinese: why the rule exists and how to satisfy it.
  public var explanation: String
  public var parameters: [ParameterSpec]
  /// The parameters of the reference profile (dejiang-2018).
  public var defaultParameters: RuleParameters
  /// The citation of the reference profile.
  public var citation: String
  /// The severity a rule gets when a profile turns it on without saying which.
  public var referenceSeverity: Severity

  public init(
    id: String, summary: String, explanation: String, parameters: [ParameterSpec] = [],
    defaults: [String: ParameterValue] = [:], citation: String, referenceSeverity: Severity
  ) {
    self.id = id
    self.summary = summary
    self.explanation = explanation
    self.parameters = parameters
    self.defaultParameters = RuleParameters(defaults)
    self.citation = citation
    self.referenceSeverity = referenceSeverity
  }
}

/// A check over one edition of a catalog. Each rule is a small value built from its parameters.
public protocol CatalogRule: Sendable {
  static var descriptor: RuleDescriptor { get }
  init(parameters: RuleParameters)
  func check(_ catalog: CatalogIndex) -> [Finding]
}
