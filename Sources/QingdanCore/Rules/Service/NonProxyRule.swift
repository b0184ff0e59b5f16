/// `non-proxy`: benefits the state requires eligible villagers to claim themselves are never handled or collected
/// by proxy.
struct NonProxyRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "non-proxy",
    summary: "低保、贫困补助、农业支持保护补贴等事项不得代办、代领",
    explanation:
      "最低生活保障、贫困补助、农业支持保护补贴等国家明确规定必须由符合条件的村(居)民直接办理的事项不得代办、代领。benefit 属于 benefits，或名称含 names 中任一名称（简体或繁体）的事项，须写明 proxy: forbidden。",
    parameters: [
      ParameterSpec("benefits", .list, "不得代办的待遇标签（benefit）"),
      ParameterSpec("names", .list, "名称中出现即不得代办的词"),
    ],
    defaults: [
      "benefits": .list(["dibao", "poverty-aid", "farm-subsidy"]),
      "names": .list(["最低生活保障", "低保", "贫困补助", "农业支持保护补贴"]),
    ],
    citation: "000 二(二)1", referenceSeverity: .error, profiles: .era(.era2018), groups: [.services],
    triggeringExamples: [
      RuleExample(
        "services/example.yaml",
        """
        services:
          - code: S-0001
            name: 农村低保对象认定
            domain: 劳动就业
            basis: [《中华人民共和国就业促进法》第五十二条]
            office: shsw
            object: 本乡镇失业人员
            conditions: 在法定劳动年龄内
            process: [申请, 受理, 登记]
            on_the_spot: false
            time_limit: {statutory: 15, committed: 5, unit: 工作日}
            online: 全程网办
            proxy: 1️⃣allowed
            proxy_days: 3
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
            time_limit: {statutory: 15, committed: 5, unit: 工作日}
            online: 全程网办
            proxy: allowed
            proxy_days: 3
            supervision: 县人力资源和社会保障局
            phones: {consult: "0851-26000001", complaint: "12345"}
        """)
    ])

  let benefits: Set<String>
  let names: [String]

  init(parameters: RuleParameters) {
    benefits = Set(parameters.list("benefits"))
    names = parameters.list("names").map(ChineseScript.simplified)
  }

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.services.compactMap { service in
      guard service.proxy != .forbidden, let reason = reason(service) else { return nil }
      var label: String { CatalogIndex.label(service) }  // only for a finding
      let found = service.proxy == .allowed ? "却写了 proxy: allowed" : "却没有写明 proxy: forbidden"
      return finding(service, "\(label)\(reason)，属于不得代办、代领的事项，\(found)", at: "proxy")
    }
  }

  private func reason(_ service: ServiceItem) -> String? {
    if let benefit = service.benefit, benefits.contains(benefit) { return "的待遇标签是 \(benefit)" }
    let name = ChineseScript.simplifiedIfNeeded(service.name)
    if let listed = names.first(where: { name.containsUTF8($0) }) { return "的名称含“\(listed)”" }
    return nil
  }
}
