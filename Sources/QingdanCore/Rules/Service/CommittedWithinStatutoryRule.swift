/// `committed-within-statutory`: the committed time limit does not exceed the statutory one.
struct CommittedWithinStatutoryRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "committed-within-statutory",
    summary: "承诺办结时限不超过法定办结时限",
    explanation: "承诺时限是政务服务中心向群众作出的承诺，只能比法定时限短或相等。",
    citation: "000 二(二)1", referenceSeverity: .error, profiles: .era(.era2018), groups: [.services],
    triggeringExamples: [
      RuleExample(
        "services/example.yaml",
        """
        services:
          - code: S-0001
            name: 就业失业登记
            domain: 劳动就业
            basis: [《中华人民共和国就业促进法》第五十二条]
            office: shsw
            object: 本乡镇失业人员
            conditions: 在法定劳动年龄内
            process: [申请, 受理, 登记]
            on_the_spot: false
            time_limit: {statutory: 15, committed: 1️⃣16, unit: 工作日}
            online: 全程网办
            proxy: forbidden
            supervision: 县人力资源和社会保障局
            phones: {consult: "0851-26000001", complaint: "12345"}
        """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        "services/example.yaml",
        """
        services:
          - code: S-0001
            name: 就业失业登记
            domain: 劳动就业
            basis: [《中华人民共和国就业促进法》第五十二条]
            office: shsw
            object: 本乡镇失业人员
            conditions: 在法定劳动年龄内
            process: [申请, 受理, 登记]
            on_the_spot: false
            time_limit: {statutory: 15, committed: 15, unit: 工作日}
            online: 全程网办
            proxy: forbidden
            supervision: 县人力资源和社会保障局
            phones: {consult: "0851-26000001", complaint: "12345"}
        """)
    ])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.services.compactMap { service in
      guard let limit = service.timeLimit, let committed = limit.committed, let statutory = limit.statutory,
        committed > statutory
      else { return nil }
      let unit = limit.unit.map { "个\($0.rawValue)" } ?? "日"
      return finding(
        service,
        "\(CatalogIndex.label(service))承诺 \(committed) \(unit)办结，超过法定时限 \(statutory) \(unit)；承诺时限不能超过法定时限",
        at: "time_limit.committed")
    }
  }
}
