/// `delegation-approved`: a delegated power names its department and the county government's approval.
struct DelegationApprovedRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "delegation-approved",
    summary: "委托、下放、授权的权力事项写明下放部门和县人民政府的批准（文号、日期，不晚于施行日期）",
    explanation: "具体委托下放事项由县人民政府及其部门与乡镇政府论证、协商形成目录清单，报县人民政府批准后公布实施。非法定事项须写明 department 和 approval（document、date）。",
    citation: "000 二(一)4", referenceSeverity: .error, profiles: .era(.era2018), groups: [.powers],
    triggeringExamples: [
      RuleExample(
        "powers/example.yaml",
        """
        powers:
          - code: P-0001
            name: 对擅自占用城市绿地的处罚
            category: 行政处罚
            source: 委托
            department: ziran
            basis: [《城市绿化条例》第二十七条]
            delegation_basis: 《中华人民共和国行政处罚法》第二十四条
            office: jjfz
            responsibilities: [立案责任, 调查责任]
            supervision: 县自然资源局
            trainer: ziran
            funding: 县财政预算安排
            approval: {document: 测府函〔2024〕6号, date: 1️⃣2024-03-02}
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
            category: 行政处罚
            source: 委托
            department: ziran
            basis: [《城市绿化条例》第二十七条]
            delegation_basis: 《中华人民共和国行政处罚法》第二十四条
            office: jjfz
            responsibilities: [立案责任, 调查责任]
            supervision: 县自然资源局
            trainer: ziran
            funding: 县财政预算安排
            approval: {document: 测府函〔2024〕6号, date: 2024-03-01}
            townships: [alpha]
        """)
    ])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    var findings: [Finding] = []
    for power in catalog.catalog.powers where power.isDelegated {
      var label: String { "\(CatalogIndex.label(power))（\((power.source?.rawValue ?? ""))）" }  // only for a finding
      if power.department == nil {
        findings.append(finding(power, "\(label)没有写明下放部门（department）", at: "department"))
      }
      guard let approval = power.approval else {
        findings.append(finding(power, "\(label)没有写明县人民政府的批准（approval：文号和日期）", at: "approval"))
        continue
      }
      if approval.document == nil {
        findings.append(finding(power, "\(label)的批准没有写明文号（approval.document）", at: "approval"))
      }
      guard let date = approval.date else {
        findings.append(finding(power, "\(label)的批准没有写明日期（approval.date）", at: "approval"))
        continue
      }
      if let effective = catalog.county?.effective, date > effective {
        findings.append(finding(power, "\(label)的批准日期 \(date) 晚于本版清单施行日期 \(effective)", at: "approval.date"))
      }
    }
    return findings
  }
}
