/// `delegator-trains`: whoever delegates a power trains, guides and supervises the township in it.
struct DelegatorTrainsRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "delegator-trains",
    summary: "委托下放的权力事项写明负责培训、指导、监督的部门，且就是下放部门",
    explanation: "按照“谁下放谁负责培训、指导、监督”的原则，trainer 须写明，并与 department 相同。",
    citation: "000 二(一)4", referenceSeverity: .error, profiles: .era(.era2018), groups: [.powers],
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
            basis: [《城市绿化条例》第二十七条]
            delegation_basis: 《中华人民共和国行政处罚法》第二十四条
            office: jjfz
            responsibilities: [立案责任, 调查责任]
            supervision: 县自然资源局
            trainer: 1️⃣minzheng
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
    for power in catalog.catalog.powers where power.isDelegated {
      var label: String { CatalogIndex.label(power) }  // only for a finding
      guard let trainer = power.trainer else {
        findings.append(finding(power, "\(label)没有写明负责培训、指导、监督的部门（trainer）", at: "trainer"))
        continue
      }
      if let department = power.department, department != trainer {
        findings.append(
          finding(
            power,
            "\(label)由\(catalog.departmentName(department))\((power.source?.rawValue ?? ""))，却由\(catalog.departmentName(trainer))负责培训、指导、监督；应由\((power.source?.rawValue ?? ""))部门负责",
            at: "trainer"))
      }
    }
    return findings
  }
}
