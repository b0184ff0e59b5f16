/// `service-elements`: a service states its basis, office, process, supervision and complaint phone.
struct ServiceElementsRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "service-elements",
    summary: "公共服务事项写明法律依据、承办机构、办理流程、监督方式和投诉电话",
    explanation: "公共服务事项清单与办事指南向社会公开，须写明依据、承办机构、办理流程、监督方式和监督投诉电话（phones.complaint）。缺一项报一条。",
    citation: "000 二(一)5", referenceSeverity: .error, profiles: .era(.era2018), groups: [.services])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    var findings: [Finding] = []
    for service in catalog.catalog.services {
      var label: String { CatalogIndex.label(service) }  // only for a finding
      if service.basis.isEmpty { findings.append(finding(service, "\(label)没有写明法律依据（basis）", at: "basis")) }
      if service.office == nil { findings.append(finding(service, "\(label)没有写明承办机构（office）", at: "office")) }
      if service.process.isEmpty {
        findings.append(finding(service, "\(label)没有写明办理流程（process）", at: "process"))
      }
      if service.supervision == nil {
        findings.append(finding(service, "\(label)没有写明监督方式（supervision）", at: "supervision"))
      }
      if service.phones?.complaint == nil {
        findings.append(finding(service, "\(label)没有写明监督投诉电话（phones.complaint）", at: "phones"))
      }
    }
    return findings
  }
}
