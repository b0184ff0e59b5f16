/// `power-elements`: a power states its legal basis, handling office, responsibilities and supervision.
struct PowerElementsRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "power-elements",
    summary: "权力事项写明法律依据、承办机构、责任事项和监督方式",
    explanation: "权力清单要逐一厘清与行政权力相对应的责任事项、责任对象、法律依据，写明承办机构和监督方式后向社会公开。缺一项报一条。",
    citation: "000 二(一)5", referenceSeverity: .error, profiles: .era(.era2018), groups: [.powers],
    triggeringExamples: [
      RuleExample(
        "powers/example.yaml",
        """
        powers:
          - code: P-0001
            name: 对擅自占用城市绿地的处罚
            category: 行政处罚
            source: 委托
            department: ziran
            basis: 1️⃣[]
            delegation_basis: 《中华人民共和国行政处罚法》第二十四条
            office: jjfz
            responsibilities: [立案责任, 调查责任]
            supervision: 县自然资源局
            trainer: ziran
            funding: 县财政预算安排
            approval: {document: 测府函〔2024〕6号, date: 2024-01-10}
            townships: [alpha]
        """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        "powers/example.yaml",
        """
        powers:
          - code: P-0001
            name: 对擅自占用城市绿地的处罚
            category: 行政处罚
            source: 委托
            department: ziran
            basis: [《城市绿化条例》第二十七条]
            delegation_basis: 《中华人民共和国行政处罚法》第二十四条
            office: jjfz
            responsibilities: [立案责任, 调查责任]
            supervision: 县自然资源局
            trainer: ziran
            funding: 县财政预算安排
            approval: {document: 测府函〔2024〕6号, date: 2024-01-10}
            townships: [alpha]
        """)
    ])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    var findings: [Finding] = []
    for power in catalog.catalog.powers {
      var label: String { CatalogIndex.label(power) }  // only for a finding
      if power.basis.isEmpty { findings.append(finding(power, "\(label)没有写明法律依据（basis）", at: "basis")) }
      if power.office == nil { findings.append(finding(power, "\(label)没有写明承办机构（office）", at: "office")) }
      if power.responsibilities.isEmpty {
        findings.append(finding(power, "\(label)没有写明责任事项（responsibilities）", at: "responsibilities"))
      }
      if power.supervision == nil {
        findings.append(finding(power, "\(label)没有写明监督方式（supervision）", at: "supervision"))
      }
    }
    return findings
  }
}
