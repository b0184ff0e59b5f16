/// `service-elements`: a service states its basis, office, process, supervision and complaint phone.
struct ServiceElementsRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "service-elements",
    summary: "公共服务事项写明法律依据、承办机构、办理流程、监督方式和投诉电话",
    explanation: "公共服务事项清单与办事指南向社会公开，须写明依据、承办机构、办理流程、监督方式和监督投诉电话（phones.complaint）。缺一项报一条。",
    citation: "000 二(一)5", referenceSeverity: .error, profiles: .era(.era2018), groups: [.services],
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
            process: 1️⃣[]
            on_the_spot: false
            time_limit: {statutory: 15, committed: 5, unit: 工作日}
            online: 全程网办
            proxy: forbidden
            supervision: 县人力资源和社会保障局
            phones: 2️⃣{consult: "0851-26000001"}
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
      if service.basis.isEmpty { findings.append(finding(service, "\(label)没有写明法律依据（basis）", at: "basis")) }
      if service.office == nil { findings.append(finding(service, "\(label)没有写明承办机构（office）", at: "office")) }
      if service.process.isEmpty {
        findings.append(finding(service, "\(label)没有写明办理流程（process）", at: "process"))
      }
      if service.supervision == nil {
        findings.append(finding(service, "\(label)没有写明监督方式（supervision）", at: "supervision"))
      }
      if service.phones?.complaint == nil {
        findings.append(finding(service, "\(label)没有写明监督投诉电话（phones.complaint）", at: "phones"))
      }
    }
    return findings
  }
}
