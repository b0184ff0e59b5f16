/// `village-agreement`: a matter entrusted to a village committee rests on a signed agreement of a lawful type.
struct VillageAgreementRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "village-agreement",
    summary: "委托村(居)承办的事项依法签订委托管理或购买服务协议，并写明签订日期",
    explanation: "乡镇政府需要委托村(居)民委员会承办的公共服务事项，依法签订“委托管理”或“购买服务协议”。agreement 写明 type 和 signed。",
    citation: "000 二(一)3", referenceSeverity: .error, profiles: .era(.era2018), groups: [.villageMatters])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    var findings: [Finding] = []
    for matter in catalog.catalog.villageMatters where matter.kind == .entrusted {
      var label: String { CatalogIndex.label(matter) }  // only for a finding
      guard let agreement = matter.agreement else {
        findings.append(finding(matter, "\(label)没有协议（agreement）；委托村(居)承办须签订委托管理或购买服务协议", at: "kind"))
        continue
      }
      if agreement.type == nil {
        findings.append(finding(matter, "\(label)的协议没有写明类型（agreement.type：委托管理或购买服务协议）", at: "agreement"))
      }
      if agreement.signed == nil {
        findings.append(finding(matter, "\(label)的协议没有写明签订日期（agreement.signed）", at: "agreement"))
      }
    }
    return findings
  }
}
