/// `offices-count`: a township has between `min` and `max` 党政办事机构; plaques do not count.
struct OfficesCountRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "offices-count",
    summary: "乡镇党政办事机构的数量在规定范围内（加挂的牌子不计数）",
    explanation: "乡镇党政办事机构可以综合设置，也可以为加强某项工作单独设置，但数量不得突破限额。一个机构加挂的牌子（如社会事务管理办公室加挂民政办公室牌子）不算作另一个机构。",
    parameters: [ParameterSpec("min", .integer, "最少机构数"), ParameterSpec("max", .integer, "最多机构数")],
    defaults: ["min": .number(7), "max": .number(9)], citation: "000 二(一)1", referenceSeverity: .error,
    profiles: .era(.era2018).except(.beijing2018), groups: [.townships])

  let min: Int
  let max: Int

  init(parameters: RuleParameters) {
    min = Int(parameters.number("min"))
    max = Int(parameters.number("max"))
  }

  func check(_ catalog: CatalogIndex) -> [Finding] {
    let range = min == max ? "\(min) 个" : "\(min)–\(max) 个"
    return catalog.catalog.townships.compactMap { township in
      let count = township.offices.count
      guard count < min || count > max else { return nil }
      return finding(
        township, "\(CatalogIndex.label(township))设有 \(count) 个党政办事机构，应为 \(range)（加挂的牌子不计数）", at: "offices")
    }
  }
}
