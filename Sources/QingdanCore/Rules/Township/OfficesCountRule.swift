/// `offices-count`: a township has between `min` and `max` 党政办事机构; plaques do not count.
struct OfficesCountRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "offices-count",
    summary: "乡镇党政办事机构的数量在规定范围内（加挂的牌子不计数）",
    explanation: "乡镇党政办事机构可以综合设置，也可以为加强某项工作单独设置，但数量不得突破限额。一个机构加挂的牌子（如社会事务管理办公室加挂民政办公室牌子）不算作另一个机构。",
    parameters: [ParameterSpec("min", .integer, "最少机构数"), ParameterSpec("max", .integer, "最多机构数")],
    defaults: ["min": .number(7), "max": .number(9)], citation: "000 二(一)1", referenceSeverity: .error,
    profiles: .era(.era2018).except(.beijing2018), groups: [.townships],
    triggeringExamples: [
      RuleExample(
        "townships/gamma.yaml",
        """
        townships:
          - id: gamma
            name: 丙乡
            code: "520626200"
            kind: 乡
            offices: 1️⃣[
                {id: dzb, name: 党政办公室}, {id: jjfz, name: 经济发展办公室}, {id: shsw, name: 社会事务管理办公室},
                {id: zzb, name: 社会治安综合治理办公室}, {id: ajb, name: 安全生产监督管理办公室}, {id: djb, name: 党建工作办公室}]
            stations: [
                {id: nyzx, name: 农业综合服务中心}, {id: lyz, name: 林业站}, {id: slz, name: 水利站}, {id: whzx, name: 文化服务中心},
                {id: sbzx, name: 社会保障服务中心}, {id: fpz, name: 扶贫工作站}, {id: czjs, name: 村镇建设服务中心}]
            dispatched: [{name: 司法所, department: sifa, township_weight: 60}]
        """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        "townships/gamma.yaml",
        """
        townships:
          - id: gamma
            name: 丙乡
            code: "520626200"
            kind: 乡
            offices: [
                {id: dzb, name: 党政办公室}, {id: jjfz, name: 经济发展办公室}, {id: shsw, name: 社会事务管理办公室},
                {id: zzb, name: 社会治安综合治理办公室}, {id: ajb, name: 安全生产监督管理办公室}, {id: djb, name: 党建工作办公室},
                {id: zhzf, name: 综合行政执法办公室}]
            stations: [
                {id: nyzx, name: 农业综合服务中心}, {id: lyz, name: 林业站}, {id: slz, name: 水利站}, {id: whzx, name: 文化服务中心},
                {id: sbzx, name: 社会保障服务中心}, {id: fpz, name: 扶贫工作站}, {id: czjs, name: 村镇建设服务中心}]
            dispatched: [{name: 司法所, department: sifa, township_weight: 60}]
        """)
    ])

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
