/// `service-object`: a service states whom it serves and on what conditions.
struct ServiceObjectRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "service-object",
    summary: "公共服务事项写明服务对象和受理条件",
    explanation: "公共服务事项目录要明确服务对象和服务要求，群众才能判断自己能否办理。用 object 和 conditions 写明。",
    citation: "001 (四)", referenceSeverity: .warning, profiles: .era(.era2018), groups: [.services],
    triggeringExamples: [
      RuleExample(
        "services/example.yaml",
        """
        services:
          - 1️⃣code: S-0001
            name: 就业失业登记
            domain: 劳动就业
            basis: [《中华人民共和国就业促进法》第五十二条]
            office: shsw
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
            domain: 劳动就业
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

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    var findings: [Finding] = []
    for service in catalog.catalog.services {
      var label: String { CatalogIndex.label(service) }  // only for a finding
      if service.object == nil { findings.append(finding(service, "\(label)没有写明服务对象（object）", at: "object")) }
      if service.conditions == nil {
        findings.append(finding(service, "\(label)没有写明受理条件和服务要求（conditions）", at: "conditions"))
      }
    }
    return findings
  }
}
