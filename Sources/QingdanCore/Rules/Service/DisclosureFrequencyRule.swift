/// `disclosure-frequency`: services in the listed domains disclose their beneficiaries often enough.
struct DisclosureFrequencyRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "disclosure-frequency",
    summary: "所列服务领域的事项每年公开受益对象名单不少于规定次数",
    explanation: "优抚对象等名单每年公开不少于两次，接受群众监督。domains 中所列领域的事项须写明 disclosure_per_year，且不少于 min。",
    parameters: [
      ParameterSpec("min", .integer, "每年最少公开次数"), ParameterSpec("domains", .list, "适用的服务领域"),
    ],
    defaults: ["min": .number(2), "domains": .list(["优抚安置"])], citation: "000 二(五)3", referenceSeverity: .error,
    profiles: .only(.dejiang2018), groups: [.services],
    triggeringExamples: [
      RuleExample(
        "services/example.yaml",
        """
        services:
          - code: S-0001
            name: 就业失业登记
            domain: 优抚安置
            disclosure_per_year: 1️⃣1
            basis: [《中华人民共和国就业促进法》第五十二条]
            office: shsw
            object: 本乡镇失业人员
            conditions: 在法定劳动年龄内
            process: [申请, 受理, 登记]
            on_the_spot: false
            time_limit: {statutory: 15, committed: 5, unit: 工作日}
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
            domain: 优抚安置
            disclosure_per_year: 4
            basis: [《中华人民共和国就业促进法》第五十二条]
            office: shsw
            object: 本乡镇失业人员
            conditions: 在法定劳动年龄内
            process: [申请, 受理, 登记]
            on_the_spot: false
            time_limit: {statutory: 15, committed: 5, unit: 工作日}
            online: 全程网办
            proxy: forbidden
            supervision: 县人力资源和社会保障局
            phones: {consult: "0851-26000001", complaint: "12345"}
        """)
    ])

  let min: Int
  let domains: Set<String>

  init(parameters: RuleParameters) {
    min = Int(parameters.number("min"))
    domains = Set(parameters.list("domains"))
  }

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.services.compactMap { service in
      guard domains.contains(service.domain) else { return nil }
      // The label only when there is something to say: most services are fine.
      var label: String { "\(CatalogIndex.label(service))（\(service.domain)）" }
      guard let times = service.disclosurePerYear else {
        return finding(service, "\(label)没有写明每年公开受益对象名单的次数（disclosure_per_year），应不少于 \(min) 次", at: "domain")
      }
      guard times < min else { return nil }
      return finding(service, "\(label)每年公开受益对象名单 \(times) 次，应不少于 \(min) 次", at: "disclosure_per_year")
    }
  }
}
