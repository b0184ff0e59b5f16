/// `reserved-powers`: a delegated licensing, penalty or coercive power cites the provision that lets it go to a
/// township.
struct ReservedPowersRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "reserved-powers",
    summary: "下放到乡镇的行政许可、行政处罚、行政强制事项写明允许下放的依据",
    explanation:
      "法律法规规定由上级行使的行政许可、行政处罚和行政强制权不得下放。列在 categories 中的类别，非法定事项须用 delegation_basis 写明允许乡镇行使的条款（如《中华人民共和国行政处罚法》第二十四条）。",
    parameters: [
      ParameterSpec(
        "categories", .list, "须写明下放依据的权力类别", vocabulary: PowerCategory.allCases.map(\.rawValue))
    ],
    defaults: ["categories": .list(["行政许可", "行政处罚", "行政强制"])], citation: "001 (五)",
    referenceSeverity: .warning, profiles: .era(.era2018).except(.jiangjinPilot), groups: [.powers],
    triggeringExamples: [
      RuleExample(
        "powers/example.yaml",
        """
        powers:
          - code: P-0001
            name: 对擅自占用城市绿地的处罚
            category: 1️⃣行政处罚
            source: 委托
            department: ziran
            basis: [《城市绿化条例》第二十七条]
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
            category: 行政检查
            source: 委托
            department: ziran
            basis: [《城市绿化条例》第二十七条]
            office: jjfz
            responsibilities: [立案责任, 调查责任]
            supervision: 县自然资源局
            trainer: ziran
            funding: 县财政预算安排
            approval: {document: 测府函〔2024〕6号, date: 2024-01-10}
            townships: [alpha]
        """)
    ])

  let categories: Set<String>

  init(parameters: RuleParameters) {
    categories = Set(parameters.list("categories"))
  }

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.powers.compactMap { power in
      guard power.isDelegated, let category = power.category, categories.contains(category.rawValue),
        power.delegationBasis == nil
      else { return nil }
      return finding(
        power,
        "\(CatalogIndex.label(power))是\((power.source?.rawValue ?? ""))乡镇实施的\(category.rawValue)事项，没有写明允许下放的法律依据（delegation_basis）",
        at: "category")
    }
  }
}
