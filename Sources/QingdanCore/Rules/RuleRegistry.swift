/// Every rule qingdan knows, in the order RULES.md lists them.
public enum RuleRegistry {
  /// Rules that run over a loaded catalog.
  public static let catalogRules: [any CatalogRule.Type] = [
    SchemaRule.self,
    DuplicateIDRule.self,
    UnknownReferenceRule.self,
    CodePrefixRule.self,
    EditionApprovedRule.self,
    OfficesCountRule.self,
    StationsCountRule.self,
    EnforcementOfficeRule.self,
    DispatchedWeightRule.self,
    AgriStaffRatioRule.self,
    PowerElementsRule.self,
    DelegationApprovedRule.self,
    DelegatorTrainsRule.self,
    DelegationFundingRule.self,
    ReservedPowersRule.self,
    PoorAcceptanceRule.self,
    ServiceElementsRule.self,
    ServiceObjectRule.self,
    TimeLimitStatedRule.self,
    CommittedWithinStatutoryRule.self,
    NonProxyRule.self,
    ProxyLimitsRule.self,
    DisclosureFrequencyRule.self,
    NoResponsibilityLettersRule.self,
    VillageAgreementRule.self,
    VillageTermsRule.self,
    VillagePublicityRule.self,
  ]

  /// Every rule a profile sets: the catalog rules, `unused-waiver`, `load`, then the rules on changes between
  /// editions (`qingdan diff`).
  public static let rules: [any DescribedRule.Type] =
    catalogRules.map { $0 as any DescribedRule.Type } + [UnusedWaiverRule.self, LoadFailure.self] + ChangeRules.rules

  /// Every rule's descriptor, in the order of `rules`.
  public static let descriptors: [RuleDescriptor] = rules.map { $0.descriptor }

  private static let byID = Dictionary(uniqueKeysWithValues: descriptors.map { ($0.id, $0) })

  public static func descriptor(for id: String) -> RuleDescriptor? { byID[id] }

  static func unknownRuleMessage(_ id: String) -> String {
    var message = "没有名为“\(id)”的规则"
    if let suggestion = Suggestion.closest(to: id, among: descriptors.map(\.id)) {
      message += "，是否应为“\(suggestion)”？"
    } else {
      message += "；运行“qingdan rules”可查看全部规则"
    }
    return message
  }
}
