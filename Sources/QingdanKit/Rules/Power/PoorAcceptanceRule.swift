/// `poor-acceptance`: a power the township accepted poorly is pointed out for training or adjustment.
struct PoorAcceptanceRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "poor-acceptance",
    summary: "承接情况较差的下放事项提示加强培训或调整",
    explanation: "对承接情况较差（acceptance: 较差）的事项，下放部门应加强培训指导，必要时调整下放方式或收回。",
    citation: "004 大王镇 四(三)", referenceSeverity: .info, profiles: .era(.era2018), groups: [.powers])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.powers.compactMap { power in
      guard power.acceptance == .poor else { return nil }
      return finding(power, "\(CatalogIndex.label(power))承接情况较差，建议加强培训指导或调整下放方式", at: "acceptance")
    }
  }
}
