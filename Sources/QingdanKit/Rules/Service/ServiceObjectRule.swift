/// `service-object`: a service states whom it serves and on what conditions.
struct ServiceObjectRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "service-object",
    summary: "公共服务事项写明服务对象和受理条件",
    explanation: "公共服务事项目录要明确服务对象和服务要求，群众才能判断自己能否办理。用 object 和 conditions 写明。",
    citation: "001 (四)", referenceSeverity: .warning, profiles: .era(.era2018), groups: [.services])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    var findings: [Finding] = []
    for service in catalog.catalog.services {
      var label: String { CatalogIndex.label(service) }  // only for a finding
      if service.object == nil { findings.append(finding(service, "\(label)没有写明服务对象（object）", at: "object")) }
      if service.conditions == nil {
        findings.append(finding(service, "\(label)没有写明受理条件和服务要求（conditions）", at: "conditions"))
      }
    }
    return findings
  }
}
