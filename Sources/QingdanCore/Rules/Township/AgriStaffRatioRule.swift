/// `agri-staff-ratio`: agricultural offices and stations hold at least a share of all staff.
struct AgriStaffRatioRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "agri-staff-ratio",
    summary: "农业农村工作机构和站所的人员占乡镇全部人员的比例不低于规定值",
    explanation:
      "以农业为主的乡镇，从事农业农村工作的机构和站所人员占比不低于 agricultural_town（%），其他乡镇不低于 other_town（%）。只在每个机构和站所都写明 staff 时检查；用 agricultural: true 标明农业农村工作机构和站所。",
    parameters: [
      ParameterSpec("agricultural_town", .number, "以农业为主的乡镇的最低占比（%）"),
      ParameterSpec("other_town", .number, "其他乡镇的最低占比（%）"),
    ],
    defaults: ["agricultural_town": .number(40), "other_town": .number(30)], citation: "003 二(三)",
    referenceSeverity: .error, profiles: .only(.jiangjinPilot), groups: [.townships],
    triggeringExamples: [
      RuleExample(
        "townships/gamma.yaml",
        """
        townships:
          - id: gamma
            name: 丙乡
            code: "520626200"
            kind: 乡
            agricultural: true
            offices: 1️⃣[
                {id: jjfz, name: 经济发展办公室, staff: 6, agricultural: true}, {id: dzb, name: 党政办公室, staff: 10}]
            stations: []
            dispatched: [{name: 司法所, department: sifa, township_weight: 60}]
        """, profile: .jiangjinPilot)
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
                {id: jjfz, name: 经济发展办公室, staff: 6, agricultural: true}, {id: dzb, name: 党政办公室, staff: 10}]
            stations: []
            dispatched: [{name: 司法所, department: sifa, township_weight: 60}]
        """, profile: .jiangjinPilot)
    ])

  let agriculturalTown: Double
  let otherTown: Double

  init(parameters: RuleParameters) {
    agriculturalTown = parameters.number("agricultural_town")
    otherTown = parameters.number("other_town")
  }

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.townships.compactMap { township in
      let units =
        township.offices.map { ($0.staff, $0.agricultural) } + township.stations.map { ($0.staff, $0.agricultural) }
      guard !units.isEmpty, units.allSatisfy({ $0.0 != nil }) else { return nil }
      let total = units.reduce(0) { $0 + ($1.0 ?? 0) }
      guard total > 0 else { return nil }
      let agricultural = units.reduce(0) { $0 + ($1.1 ? ($1.0 ?? 0) : 0) }
      let share = Double(agricultural) * 100 / Double(total)
      let required = township.agricultural ? agriculturalTown : otherTown
      guard share < required else { return nil }
      let kind = township.agricultural ? "以农业为主的乡镇" : "乡镇"
      let shown = (share * 10).rounded() / 10
      return finding(
        township,
        "\(CatalogIndex.label(township))农业农村工作机构和站所共 \(agricultural) 人，占全部 \(total) 人的 \(Formats.plain(shown))%；\(kind)应不低于 \(Formats.plain(required))%",
        at: "offices")
    }
  }
}
