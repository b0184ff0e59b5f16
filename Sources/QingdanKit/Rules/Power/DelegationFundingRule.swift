/// `delegation-funding`: a delegated power states how it is funded.
struct DelegationFundingRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "delegation-funding",
    summary: "委托下放的权力事项写明经费保障",
    explanation: "确有必要委托乡镇承办有关事务的，要赋予乡镇必要的管理权限，并提供必要的经费保障。用 funding 写明经费来源。",
    citation: "000 二(一)2", referenceSeverity: .warning, profiles: .era(.era2018).except(.jiangjinPilot),
    groups: [.powers])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.powers.compactMap { power in
      guard power.isDelegated, power.funding == nil else { return nil }
      return finding(power, "\(CatalogIndex.label(power))是委托下放事项，但没有写明经费保障（funding）", at: "funding")
    }
  }
}
