/// `dispatched-weight`: the township carries at least `min` percent of a dispatched agency's assessment.
struct DispatchedWeightRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "dispatched-weight",
    summary: "县直部门派驻机构由乡镇和部门共同考核，乡镇权重不低于规定比例",
    explanation: "上级政府部门在乡镇的派出(驻)机构由所在乡镇和部门共同考核，乡镇权重占规定比例以上。每个派驻机构写明 township_weight（百分数）。",
    parameters: [ParameterSpec("min", .number, "乡镇考核权重下限（%）")], defaults: ["min": .number(60)],
    citation: "000 二(一)2", referenceSeverity: .error, profiles: .era(.era2018).except(.jiangjinPilot),
    groups: [.townships],
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
            stations: [
                {id: nyzx, name: 农业综合服务中心}, {id: lyz, name: 林业站}, {id: slz, name: 水利站}, {id: whzx, name: 文化服务中心},
                {id: sbzx, name: 社会保障服务中心}, {id: fpz, name: 扶贫工作站}, {id: czjs, name: 村镇建设服务中心}]
            dispatched: [{name: 司法所, department: sifa, township_weight: 1️⃣59.5}]
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

  let min: Double

  init(parameters: RuleParameters) {
    min = parameters.number("min")
  }

  func check(_ catalog: CatalogIndex) -> [Finding] {
    var findings: [Finding] = []
    for township in catalog.catalog.townships {
      for agency in township.dispatched {
        let subject = "\(CatalogIndex.label(township))的派驻机构“\(agency.name)”"
        if let weight = agency.townshipWeight {
          guard weight < min else { continue }
          findings.append(
            finding(
              "\(subject)的乡镇考核权重为 \(Formats.plain(weight))%，应不低于 \(Formats.plain(min))%",
              at: agency.locations["township_weight"], township: township.id))
        } else if !agency.locations.has("township_weight") {
          findings.append(
            finding(
              "\(subject)没有写明乡镇考核权重（township_weight），应不低于 \(Formats.plain(min))%",
              at: agency.locations.entity, township: township.id))
        }
      }
    }
    return findings
  }
}
