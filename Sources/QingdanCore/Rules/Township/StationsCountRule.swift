/// `stations-count`: a township has the expected number of 事业站所.
struct StationsCountRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "stations-count",
    summary: "乡镇事业站所的数量符合规定",
    explanation: "综合设置农业综合服务中心等事业站所，原则上设置规定的个数。确有需要多设或少设的，经批准后用豁免（waivers）说明理由。",
    parameters: [ParameterSpec("expected", .integer, "原则上设置的站所数")], defaults: ["expected": .number(7)],
    citation: "000 二(一)1", referenceSeverity: .warning, profiles: .only(.dejiang2018), groups: [.townships],
    triggeringExamples: [
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
            stations: 1️⃣[
                {id: nyzx, name: 农业综合服务中心}, {id: lyz, name: 林业站}, {id: slz, name: 水利站}, {id: whzx, name: 文化服务中心},
                {id: sbzx, name: 社会保障服务中心}, {id: fpz, name: 扶贫工作站}]
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

  let expected: Int

  init(parameters: RuleParameters) {
    expected = Int(parameters.number("expected"))
  }

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.townships.compactMap { township in
      let count = township.stations.count
      guard count != expected else { return nil }
      return finding(
        township, "\(CatalogIndex.label(township))设有 \(count) 个事业站所，原则上应设 \(expected) 个", at: "stations")
    }
  }
}
