/// `enforcement-office`: a reform-pilot township has a 综合行政执法 office.
struct EnforcementOfficeRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "enforcement-office",
    summary: "开展行政管理体制改革试点的乡镇设有综合行政执法办公室",
    explanation: "开展乡镇行政管理体制改革试点的乡镇，设立综合行政执法办公室（加挂综合行政执法队牌子），作为乡镇政府的执法机构。机构名称或加挂的牌子中须含“综合行政执法”。",
    citation: "000 二(一)1", referenceSeverity: .error, profiles: .only(.dejiang2018), groups: [.townships],
    triggeringExamples: [
      RuleExample(
        "townships/gamma.yaml",
        """
        townships:
          - id: gamma
            name: 丙乡
            code: "520626200"
            kind: 乡
            pilot: 1️⃣true
            offices: [
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
            pilot: true
            offices: [
                {id: dzb, name: 党政办公室}, {id: jjfz, name: 经济发展办公室}, {id: shsw, name: 社会事务管理办公室},
                {id: zzb, name: 社会治安综合治理办公室}, {id: ajb, name: 安全生产监督管理办公室}, {id: djb, name: 党建工作办公室, plaques: [综合行政执法队]}]
            stations: [
                {id: nyzx, name: 农业综合服务中心}, {id: lyz, name: 林业站}, {id: slz, name: 水利站}, {id: whzx, name: 文化服务中心},
                {id: sbzx, name: 社会保障服务中心}, {id: fpz, name: 扶贫工作站}, {id: czjs, name: 村镇建设服务中心}]
            dispatched: [{name: 司法所, department: sifa, township_weight: 60}]
        """)
    ])

  static let keyword = "综合行政执法"

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.townships.compactMap { township in
      guard township.pilot else { return nil }
      let hasOffice = township.offices.contains { office in
        office.name.contains(Self.keyword) || office.plaques.contains { $0.contains(Self.keyword) }
      }
      guard !hasOffice else { return nil }
      return finding(
        township, "\(CatalogIndex.label(township))是改革试点乡镇，但没有名称或牌子含“综合行政执法”的机构；应设立综合行政执法办公室（加挂综合行政执法队牌子）",
        at: "pilot")
    }
  }
}
