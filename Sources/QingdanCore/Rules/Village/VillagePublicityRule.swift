/// `village-publicity`: an entrusted matter is made public, no earlier than its agreement is signed.
struct VillagePublicityRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "village-publicity",
    summary: "委托村(居)承办的事项及时对外公布和公示，公示日期不早于协议签订日期",
    explanation: "签订委托协议后要及时对外公布和公示。published 写明公示日期；公示不能早于协议签订。",
    citation: "000 二(一)3", referenceSeverity: .error, profiles: .era(.era2018), groups: [.villageMatters],
    triggeringExamples: [
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
            published: 1️⃣2024-01-04
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
            published: 2024-01-05
        """)
    ])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.villageMatters.compactMap { matter in
      guard matter.kind == .entrusted else { return nil }
      var label: String { CatalogIndex.label(matter) }  // only for a finding
      guard let published = matter.published else {
        return finding(matter, "\(label)没有写明对外公布和公示的日期（published）", at: "kind")
      }
      guard let signed = matter.agreement?.signed, published < signed else { return nil }
      return finding(matter, "\(label)的公示日期 \(published) 早于协议签订日期 \(signed)；应在签订协议后公示", at: "published")
    }
  }
}
