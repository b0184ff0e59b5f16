/// `proxy-limits`: a service that may be handled by proxy says within how many days, at most `max_days`.
struct ProxyLimitsRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "proxy-limits",
    summary: "允许代办的事项写明代办办结时限，且不超过规定天数",
    explanation: "代办实行“专、定、限、免”：限时办结，镇内事项一周内、镇外事项一个月内办结。proxy: allowed 的事项须写明 proxy_days，且不超过 max_days。",
    parameters: [ParameterSpec("max_days", .integer, "代办办结时限上限（天）")], defaults: ["max_days": .number(30)],
    citation: "003 三(二)1", referenceSeverity: .error, profiles: .only(.jiangjinPilot), groups: [.services],
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
            time_limit: {statutory: 15, committed: 5, unit: 工作日}
            online: 全程网办
            proxy: allowed
            proxy_days: 1️⃣31
            supervision: 县人力资源和社会保障局
            phones: {consult: "0851-26000001", complaint: "12345"}
        """, profile: .jiangjinPilot)
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
            proxy_days: 30
            supervision: 县人力资源和社会保障局
            phones: {consult: "0851-26000001", complaint: "12345"}
        """, profile: .jiangjinPilot)
    ])

  let maxDays: Int

  init(parameters: RuleParameters) {
    maxDays = Int(parameters.number("max_days"))
  }

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.services.compactMap { service in
      guard service.proxy == .allowed else { return nil }
      var label: String { CatalogIndex.label(service) }  // only for a finding
      guard let days = service.proxyDays else {
        return finding(service, "\(label)允许代办，但没有写明代办办结时限（proxy_days），应不超过 \(maxDays) 天", at: "proxy")
      }
      guard days > maxDays else { return nil }
      return finding(service, "\(label)的代办办结时限为 \(days) 天，超过 \(maxDays) 天的上限", at: "proxy_days")
    }
  }
}
