/// The three profiles RULES.md defines. A built-in profile turns on the rules that select it
/// (`RuleDescriptor.profiles`), each at its reference severity, parameters and citation, and then sets what its own
/// documents say differently; it names rules by their types, so it cannot misspell one.
public enum BuiltinProfiles {
  public static let defaultID = BuiltinProfileID.dejiang2018.rawValue
  public static let ids = BuiltinProfileID.allCases.map(\.rawValue)

  public static func profile(_ id: String) -> Profile? {
    BuiltinProfileID(rawValue: id).map(profile)
  }

  public static func profile(_ id: BuiltinProfileID) -> Profile {
    switch id {
    case .dejiang2018: return dejiang
    case .beijing2018: return beijing
    case .jiangjinPilot: return jiangjin
    }
  }

  public static let dejiang = make(
    .dejiang2018, title: "德江县关于加强乡镇政府服务能力建设实施方案", source: "德府办发〔2018〕61号")

  public static let beijing = make(
    .beijing2018, title: "北京市关于加强乡镇政府服务能力建设的实施意见", source: "中共北京市委办公厅、北京市人民政府办公厅 2018",
    adjustments: [
      RuleAdjustment(ReservedPowersRule.self, severity: .error),
      RuleAdjustment(ServiceObjectRule.self, severity: .error),
    ])

  public static let jiangjin = make(
    .jiangjinPilot, title: "江津市建设镇(街)服务型政府试点", source: "中共江津市委、江津市人民政府试点情况汇报",
    adjustments: [
      RuleAdjustment(
        OfficesCountRule.self, parameters: ["min": .number(4), "max": .number(4)], citation: "003 二(三)")
    ])

  /// What a built-in profile sets differently from a rule's reference: a severity (of a rule the profile turns
  /// on), parameters, a citation.
  struct RuleAdjustment {
    var rule: any DescribedRule.Type
    var severity: Severity?
    var parameters: [String: ParameterValue]
    var citation: String?

    init(
      _ rule: any DescribedRule.Type, severity: Severity? = nil, parameters: [String: ParameterValue] = [:],
      citation: String? = nil
    ) {
      self.rule = rule
      self.severity = severity
      self.parameters = parameters
      self.citation = citation
    }
  }

  private static func make(
    _ id: BuiltinProfileID, title: String, source: String, adjustments: [RuleAdjustment] = []
  ) -> Profile {
    var settings: [String: RuleSetting] = [:]
    for descriptor in RuleRegistry.descriptors {
      settings[descriptor.id] = RuleSetting(
        severity: descriptor.profiles.selects(id) ? descriptor.referenceSeverity : nil,
        parameters: descriptor.defaultParameters, citation: descriptor.citation)
    }
    for adjustment in adjustments {
      let ruleID = adjustment.rule.id
      guard var setting = settings[ruleID] else { preconditionFailure("\(ruleID) is not in RuleRegistry") }
      if let severity = adjustment.severity {
        precondition(
          setting.severity != nil, "\(id.rawValue) sets the severity of \(ruleID), which it does not turn on")
        setting.severity = severity
      }
      for (name, value) in adjustment.parameters {
        precondition(setting.parameters.values[name] != nil, "\(ruleID) has no parameter \(name)")
        setting.parameters.values[name] = value
      }
      if let citation = adjustment.citation { setting.citation = citation }
      settings[ruleID] = setting
    }
    return Profile(id: id.rawValue, title: title, source: source, settings: settings)
  }
}
