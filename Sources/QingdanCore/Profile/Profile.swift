/// A set of rule severities, parameters and citations: the rules a county follows.
public struct Profile: Sendable, Hashable {
  public var id: String
  public var title: String
  public var source: String
  public var settings: [String: RuleSetting]

  public init(id: String, title: String, source: String, settings: [String: RuleSetting]) {
    self.id = id
    self.title = title
    self.source = source
    self.settings = settings
  }

  /// The setting of `rule`; every registered rule has one.
  public func setting(for rule: String) -> RuleSetting {
    if let setting = settings[rule] { return setting }
    let descriptor = RuleRegistry.descriptor(for: rule)
    return RuleSetting(
      severity: nil, parameters: descriptor?.defaultParameters ?? RuleParameters([:]),
      citation: descriptor?.citation ?? "FORMAT.md")
  }

  /// This profile with `overrides` applied, in order. A rule that was off and is given parameters but no
  /// severity is turned on at its reference severity: a county that sets a rule's numbers means to use it.
  public func applying(_ overrides: [RuleOverride]) -> Profile {
    var result = self
    for override in overrides {
      guard let descriptor = RuleRegistry.descriptor(for: override.rule) else { continue }
      var setting = result.setting(for: override.rule)
      if let severity = override.severity {
        setting.severity = severity
      } else if setting.severity == nil && !override.parameters.isEmpty {
        setting.severity = descriptor.referenceSeverity
      }
      for (name, value) in override.parameters { setting.parameters.values[name] = value }
      if let citation = override.citation { setting.citation = citation }
      result.settings[override.rule] = setting
    }
    return result
  }
}
