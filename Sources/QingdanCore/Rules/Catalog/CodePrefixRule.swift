/// `code-prefix`: a township's code starts with its county's code.
struct CodePrefixRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "code-prefix",
    summary: "乡镇的行政区划代码以本县代码开头",
    explanation: "乡级行政区划代码共 9 位，前 6 位是所属县(市、区)的代码。代码不符通常是抄错了代码或把别县的乡镇放进了本县清单。",
    citation: "FORMAT.md", referenceSeverity: .error, profiles: .every, groups: [.townships],
    triggeringExamples: [
      RuleExample(
        "townships/gamma.yaml",
        """
        townships:
          - id: gamma
            name: 丙乡
            code: 1️⃣"520627200"
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

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    guard let county = catalog.county, !county.code.isEmpty else { return [] }
    return catalog.catalog.townships.compactMap { township in
      guard !township.code.isEmpty, !township.code.hasPrefix(county.code) else { return nil }
      return finding(
        township, "\(CatalogIndex.label(township))的代码 \(township.code) 不以\(county.name)的代码 \(county.code) 开头",
        at: "code")
    }
  }
}
