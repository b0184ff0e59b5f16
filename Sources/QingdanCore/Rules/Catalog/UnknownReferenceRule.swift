/// `unknown-reference`: every reference names something that exists.
struct UnknownReferenceRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "unknown-reference",
    summary: "引用的部门、乡镇、机构和服务事项都存在；事项的承办机构在其适用的每个乡镇都存在",
    explanation: "事项写明的部门、乡镇、承办机构要与 departments、townships 中的定义一致；适用于多个乡镇的事项，其承办机构须在每个乡镇都设置（机构 id 各乡镇保持一致）。",
    citation: "FORMAT.md", referenceSeverity: .error, profiles: .every, groups: ReportGroup.entities,
    triggeringExamples: [
      RuleExample(
        "services/example.yaml",
        """
        services:
          - code: S-0009
            name: 法律咨询
            domain: 公共法律服务
            office: 1️⃣nongye
        """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        "services/example.yaml",
        """
        services:
          - code: S-0009
            name: 法律咨询
            domain: 公共法律服务
            office: shsw
        """)
    ])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    var findings: [Finding] = []
    for township in catalog.catalog.townships {
      for agency in township.dispatched where catalog.departmentsByID[agency.department] == nil {
        findings.append(
          finding(
            "\(CatalogIndex.label(township))的派驻机构“\(agency.name)”所属部门“\(agency.department)”在 departments 中没有定义",
            at: agency.locations["department"], township: township.id))
      }
    }
    let townshipIDs = Set(catalog.catalog.townships.map(\.id))
    let merged = Dictionary(
      catalog.catalog.townshipMergers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for merger in catalog.catalog.townshipMergers where !townshipIDs.contains(merger.mergedInto) {
      findings.append(
        finding(
          "乡镇“\(merger.name)”（\(merger.id)）并入的乡镇“\(merger.mergedInto)”在本版 townships 中没有定义；merged_into 应写本版中仍然存在的乡镇的 id",
          at: merger.locations["merged_into"], township: merger.id))
    }
    for power in catalog.catalog.powers {
      findings += references(power, catalog, merged)
      for (field, id) in [("department", power.department), ("trainer", power.trainer)] {
        if let id, catalog.departmentsByID[id] == nil {
          findings.append(
            finding(power, "\(CatalogIndex.label(power))的“\(field)”写的部门“\(id)”在 departments 中没有定义", at: field))
        }
      }
    }
    for service in catalog.catalog.services { findings += references(service, catalog, merged) }
    for matter in catalog.catalog.villageMatters {
      findings += references(matter, catalog, merged)
      if let service = matter.service, !catalog.serviceCodes.contains(service) {
        findings.append(
          finding(matter, "\(CatalogIndex.label(matter))所协助的服务事项“\(service)”在 services 中没有定义", at: "service"))
      }
    }
    return findings
  }

  /// The item's townships exist, and its office exists in each of them. A township merged into another (`merged`)
  /// is named with the one to write instead.
  private func references<Item: CatalogItem>(
    _ item: Item, _ catalog: CatalogIndex, _ merged: [String: TownshipMerger]
  ) -> [Finding] {
    var findings: [Finding] = []
    if case .list(let ids) = item.townships {
      for (index, id) in ids.enumerated() where !catalog.hasTownship(id) {
        let message: String
        if let merger = merged[id] {
          message =
            "\(CatalogIndex.label(item))适用的乡镇“\(id)”（\(merger.name)）已并入“\(merger.mergedInto)”，"
            + "不再是本版的乡镇；请改为 \(merger.mergedInto)"
        } else {
          message = "\(CatalogIndex.label(item))适用的乡镇“\(id)”在 townships 中没有定义"
        }
        findings.append(finding(item, message, at: "townships.\(index)"))
      }
    }
    guard let office = item.office else { return findings }
    let lacking = catalog.townships(in: item.townships, lacking: office)
    if !lacking.isEmpty {
      let names = lacking.map(\.name).joined(separator: "、")
      findings.append(
        finding(item, "\(CatalogIndex.label(item))的承办机构“\(office)”在\(names)没有设置；承办机构须在事项适用的每个乡镇都存在", at: "office"))
    }
    return findings
  }
}
