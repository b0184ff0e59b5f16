/// `poor-acceptance`: a power the township accepted poorly is pointed out for training or adjustment.
struct PoorAcceptanceRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "poor-acceptance",
    summary: "承接情况较差的下放事项提示加强培训或调整",
    explanation: "对承接情况较差（acceptance: 较差）的事项，下放部门应加强培训指导，必要时调整下放方式或收回。",
    citation: "004 大王镇 四(三)", referenceSeverity: .info, profiles: .era(.era2018), groups: [.powers],
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
            trainer: ziran
            funding: 县财政预算安排
            approval: {document: 测府函〔2024〕6号, date: 2024-01-10}
            townships: [alpha]
            acceptance: 1️⃣较差
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
            acceptance: 一般
        """)
    ])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.powers.compactMap { power in
      guard power.acceptance == .poor else { return nil }
      return finding(power, "\(CatalogIndex.label(power))承接情况较差，建议加强培训指导或调整下放方式", at: "acceptance")
    }
  }
}
