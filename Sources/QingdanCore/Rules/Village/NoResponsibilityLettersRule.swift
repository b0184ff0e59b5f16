/// `no-responsibility-letters`: townships no longer impose 行政责任书 on village committees.
struct NoResponsibilityLettersRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "no-responsibility-letters",
    summary: "不得与村(居)民委员会签订行政责任书",
    explanation: "全面清理和废止乡镇政府与村(居)民委员会签订的行政责任书。需要村(居)承办的事项，应依法签订“委托管理”或“购买服务协议”。",
    citation: "000 二(一)3", referenceSeverity: .error, profiles: .era(.era2018), groups: [.villageMatters],
    triggeringExamples: [
      RuleExample(
        "village/example.yaml",
        """
        village_matters:
          - code: V-0001
            name: 协助开展森林防火巡查
            kind: 1️⃣行政责任书
            office: shsw
            agreement:
              type: 购买服务协议
              rights: 按协议取得服务费
              duties: 按月上报巡查记录
              funding: 每年每村 3000 元
              signed: 2024-01-05
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
    catalog.catalog.villageMatters.compactMap { matter in
      guard matter.kind == .responsibilityLetter else { return nil }
      return finding(
        matter, "\(CatalogIndex.label(matter))是行政责任书；行政责任书应清理废止，改为依法签订委托管理或购买服务协议", at: "kind")
    }
  }
}
