/// `stations-count`: a township has the expected number of 事业站所.
struct StationsCountRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "stations-count",
    summary: "乡镇事业站所的数量符合规定",
    explanation: "综合设置农业综合服务中心等事业站所，原则上设置规定的个数。确有需要多设或少设的，经批准后用豁免（waivers）说明理由。",
    parameters: [ParameterSpec("expected", .integer, "原则上设置的站所数")], defaults: ["expected": .number(7)],
    citation: "000 二(一)1", referenceSeverity: .warning, profiles: .only(.dejiang2018), groups: [.townships])

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
