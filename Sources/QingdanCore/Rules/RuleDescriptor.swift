/// What qingdan knows about a rule without running it: for `qingdan rules`, profiles, reports and the rule's own
/// tests. Everything about a rule is said here, on the rule: the built-in profiles and reports read it.
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
  /// The built-in profiles that turn the rule on (at `referenceSeverity`, unless the profile says otherwise).
  public var profiles: ProfileSelection
  /// What the rule's findings are about, for reports that group them.
  public var groups: [ReportGroup]
  /// Catalogs the rule finds fault with, with markers where.
  public var triggeringExamples: [RuleExample]
  /// Catalogs the rule leaves alone.
  public var nonTriggeringExamples: [RuleExample]

  public init(
    id: String, summary: String, explanation: String, parameters: [ParameterSpec] = [],
    defaults: [String: ParameterValue] = [:], citation: String, referenceSeverity: Severity,
    profiles: ProfileSelection = .none, groups: [ReportGroup] = [], triggeringExamples: [RuleExample] = [],
    nonTriggeringExamples: [RuleExample] = []
  ) {
    self.id = id
    self.summary = summary
    self.explanation = explanation
    self.parameters = parameters
    self.defaultParameters = RuleParameters(defaults)
    self.citation = citation
    self.referenceSeverity = referenceSeverity
    self.profiles = profiles
    self.groups = groups
    self.triggeringExamples = triggeringExamples
    self.nonTriggeringExamples = nonTriggeringExamples
  }
}

/// Anything a profile can turn on and set: a catalog rule, a rule on changes between editions, `load`,
/// `unused-waiver`. Profiles and tests name rules by these types, so that a misspelt name cannot compile.
public protocol DescribedRule: Sendable {
  static var descriptor: RuleDescriptor { get }
}

extension DescribedRule {
  public static var id: String { descriptor.id }
}

/// A check over one edition of a catalog. Each rule is a small value built from its parameters.
public protocol CatalogRule: DescribedRule {
  init(parameters: RuleParameters)
  func check(_ catalog: CatalogIndex) -> [Finding]
}
