/// `delegation-funding`: a delegated power states how it is funded.
struct DelegationFundingRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "delegation-funding",
    summary: "委托下放的权力事项写明经费保障，经费不能为“无”、“暂无”或 0",
    explanation:
      "确有必要委托乡镇承办有关事务的，要赋予乡镇必要的管理权限，并提供必要的经费保障。用 funding 写明经费来源；写“无”“暂无”或 0 等于没有经费保障。",
    citation: "000 二(一)2", referenceSeverity: .warning, profiles: .era(.era2018).except(.jiangjinPilot),
    groups: [.powers],
    triggeringExamples: [
      RuleExample(
        "powers/example.yaml",
        """
        powers:
          - 1️⃣code: P-0001
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
            approval: {document: 测府函〔2024〕6号, date: 2024-01-10}
            townships: [alpha]
        """),
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
            funding: 1️⃣暂无
            approval: {document: 测府函〔2024〕6号, date: 2024-01-10}
            townships: [alpha]
          - code: P-0002
            name: 对擅自砍伐城市树木的处罚
            category: 行政处罚
            source: 委托
            department: ziran
            basis: [《城市绿化条例》第二十六条]
            delegation_basis: 《中华人民共和国行政处罚法》第二十四条
            office: jjfz
            responsibilities: [立案责任, 调查责任]
            supervision: 县自然资源局
            trainer: ziran
            funding: 2️⃣0
            approval: {document: 测府函〔2024〕6号, date: 2024-01-10}
            townships: [alpha]
        """),
    ],
    nonTriggeringExamples: [
      RuleExample(
        "powers/example.yaml",
        """
        powers:
          - code: P-0001
            name: 对擅自占用城市绿地的处罚
            category: 行政处罚
            source: 法定
            department: ziran
            basis: [《城市绿化条例》第二十七条]
            delegation_basis: 《中华人民共和国行政处罚法》第二十四条
            office: jjfz
            responsibilities: [立案责任, 调查责任]
            supervision: 县自然资源局
            trainer: ziran
            approval: {document: 测府函〔2024〕6号, date: 2024-01-10}
            townships: [alpha]
        """)
    ])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.powers.compactMap { power in
      guard power.isDelegated else { return nil }
      guard let funding = power.funding else {
        return finding(power, "\(CatalogIndex.label(power))是委托下放事项，但没有写明经费保障（funding）", at: "funding")
      }
      guard VillageTermsRule.isNoFunding(funding) else { return nil }
      return finding(
        power, "\(CatalogIndex.label(power))是委托下放事项，经费保障写的是“\(funding)”，等于没有经费；请写明经费来源（如 县财政预算安排）",
        at: "funding")
    }
  }
}
