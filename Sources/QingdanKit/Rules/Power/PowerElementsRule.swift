/// `power-elements`: a power states its legal basis, handling office, responsibilities and supervision.
struct PowerElementsRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "power-elements",
    summary: "权力事项写明法律依据、承办机构、责任事项和监督方式",
    explanation: "权力清单要逐一厘清与行政权力相对应的责任事项、责任对象、法律依据，写明承办机构和监督方式后向社会公开。缺一项报一条。",
    citation: "000 二(一)5", referenceSeverity: .error, profiles: .era(.era2018), groups: [.powers])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    var findings: [Finding] = []
    for power in catalog.catalog.powers {
      var label: String { CatalogIndex.label(power) }  // only for a finding
      if power.basis.isEmpty { findings.append(finding(power, "\(label)没有写明法律依据（basis）", at: "basis")) }
      if power.office == nil { findings.append(finding(power, "\(label)没有写明承办机构（office）", at: "office")) }
      if power.responsibilities.isEmpty {
        findings.append(finding(power, "\(label)没有写明责任事项（responsibilities）", at: "responsibilities"))
      }
      if power.supervision == nil {
        findings.append(finding(power, "\(label)没有写明监督方式（supervision）", at: "supervision"))
      }
    }
    return findings
  }
}
