/// `edition-approved`: the edition carries the county government's approval, dated no later than it takes effect.
struct EditionApprovedRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "edition-approved",
    summary: "本版清单经县人民政府批准：写明批准文号和日期，且批准日期不晚于施行日期",
    explanation: "委托下放事项目录清单须报县人民政府批准后公布实施。county.approval 写明批准文件的文号（document）和日期（date），日期不能晚于 effective。",
    citation: "000 二(一)4", referenceSeverity: .error, profiles: .era(.era2018), groups: [.county],
    triggeringExamples: [
      RuleExample(
        "qingdan.yaml",
        """
        county:
          name: 测试县
          code: "520626"
          edition: 2024年版
          effective: 2024-03-01
          profile: dejiang-2018
          approval: {document: 测府发〔2024〕1号, date: 1️⃣2024-03-02}
          publisher: 测试县人民政府政务服务中心
        """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        "qingdan.yaml",
        """
        county:
          name: 测试县
          code: "520626"
          edition: 2024年版
          effective: 2024-03-01
          profile: dejiang-2018
          approval: {document: 测府发〔2024〕1号, date: 2024-03-01}
          publisher: 测试县人民政府政务服务中心
        """)
    ])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    guard let county = catalog.county else { return [] }
    let edition = "\(county.name)\(county.edition)清单"
    guard let approval = county.approval else {
      return [finding("\(edition)没有写明县人民政府的批准（county.approval）；应写明批准文号和日期", at: county.locations.entity)]
    }
    var findings: [Finding] = []
    if approval.document == nil {
      findings.append(finding("\(edition)的批准没有写明文号（approval.document）", at: county.locations["approval"]))
    }
    if let date = approval.date {
      if let effective = county.effective, date > effective {
        findings.append(
          finding("\(edition)的批准日期 \(date) 晚于施行日期 \(effective)；须先经批准再施行", at: county.locations["approval.date"]))
      }
    } else {
      findings.append(finding("\(edition)的批准没有写明日期（approval.date）", at: county.locations["approval"]))
    }
    return findings
  }
}
