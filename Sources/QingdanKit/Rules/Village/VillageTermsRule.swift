/// `village-terms`: an agreement states rights, duties and real funding (权、责、费).
struct VillageTermsRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "village-terms",
    summary: "委托协议写明权利、责任和经费，经费不能为空、“无”或 0",
    explanation: "委托协议要明确权、责、费：agreement 写明 rights、duties 和 funding。不给经费的委托等于把负担转嫁给村(居)，funding 不能写“无”或 0。",
    citation: "000 二(一)3", referenceSeverity: .error)

  /// Ways of writing “no money” that do not count as funding.
  static let noFunding: Set<String> = [
    "无", "没有", "暂无", "0", "0元", "0.00", "0.00元", "零", "〇", "-", "—", "/", "n/a", "none",
  ]

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    var findings: [Finding] = []
    for matter in catalog.catalog.villageMatters {
      guard let agreement = matter.agreement else { continue }
      let label = CatalogIndex.label(matter)
      if agreement.rights == nil {
        findings.append(finding(matter, "\(label)的协议没有写明村(居)的权利（agreement.rights）", at: "agreement"))
      }
      if agreement.duties == nil {
        findings.append(finding(matter, "\(label)的协议没有写明村(居)的责任（agreement.duties）", at: "agreement"))
      }
      if let funding = agreement.funding {
        if Self.noFunding.contains(funding.lowercased().replacingOccurrences(of: " ", with: "")) {
          findings.append(
            finding(matter, "\(label)的协议经费写的是“\(funding)”；委托事项须有经费保障（权、责、费一致）", at: "agreement.funding"))
        }
      } else {
        findings.append(finding(matter, "\(label)的协议没有写明经费（agreement.funding）", at: "agreement"))
      }
    }
    return findings
  }
}
