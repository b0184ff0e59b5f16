/// `village-agreement`: a matter entrusted to a village committee rests on a signed agreement of a lawful type.
struct VillageAgreementRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "village-agreement",
    summary: "委托村(居)承办的事项依法签订委托管理或购买服务协议，并写明签订日期",
    explanation: "乡镇政府需要委托村(居)民委员会承办的公共服务事项，依法签订“委托管理”或“购买服务协议”。agreement 写明 type 和 signed。",
    citation: "000 二(一)3", referenceSeverity: .error, profiles: .era(.era2018), groups: [.villageMatters],
    triggeringExamples: [
      RuleExample(
        "village/example.yaml",
        """
        village_matters:
          - code: V-0002
            name: 协助人口信息采集
            kind: 1️⃣委托事项
            office: shsw
            published: 2024-01-06
        """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        "village/example.yaml",
        """
        village_matters:
          - code: V-0001
            name: 协助开展森林防火巡查
            kind: 委托事项
            office: shsw
            agreement:
              type: 购买服务协议
              rights: 按协议取得服务费
              duties: 按月上报巡查记录
              funding: 每年每村 3000 元
              signed: 2024-01-05
            published: 2024-01-06
        """)
    ])

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
