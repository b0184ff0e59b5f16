/// A value as the publications show it.
public enum FactValue: Sendable, Hashable {
  case text(String)
  case list([String])
  /// Ordered steps, shown numbered.
  case steps([String])

  /// The value on one line, for tables.
  public var flat: String {
    switch self {
    case .text(let text): return text
    case .list(let items): return items.count == 1 ? items[0] : items.joined(separator: "；")
    case .steps(let steps):
      var line = ""
      for (offset, step) in steps.enumerated() { line += (offset == 0 ? "1. " : " \(offset + 1). ") + step }
      return line
    }
  }
}

/// One labelled element of an item: `key` names the element for the CSV header, `label` is what readers see.
public struct ItemFact: Sendable, Hashable {
  let field: FactField
  public var label: String
  public var value: FactValue

  public var key: String { field.key }
}

/// Every element of an item, in the order the guide shows them. The guide, the handbook, the table and the search
/// index all read items through this one place (`Publication.facts`, worked out once per item), so that they
/// publish the same thing.
struct ItemFacts {
  /// The number of facts that name the item (list, code, name) before the others.
  static let identityCount = 3

  let names: PublicationNames

  init(_ names: PublicationNames) {
    self.names = names
  }

  /// The facts, the item's list, code and name first.
  func facts(_ item: PublishedItem) -> [ItemFact] {
    var facts = FactList()
    facts.add(.list, "清单", item.list.title)
    facts.add(.code, "事项编码", item.code)
    facts.add(.name, "事项名称", item.name)
    let wording = Wording(names)
    switch item {
    case .power(let power): self.power(power, wording, into: &facts)
    case .service(let service): self.service(service, wording, into: &facts)
    case .village(let matter): village(matter, wording, into: &facts)
    }
    return facts.facts
  }

  private func power(_ power: Power, _ wording: Wording, into facts: inout FactList) {
    facts.add(.category, "权力类别", power.category?.rawValue)
    facts.add(.source, "事项来源", power.source.map(wording.source))
    facts.add(.department, "下放部门", power.department.map(names.departmentName))
    facts.add(.basis, "法律依据", power.basis.map(\.description))
    facts.add(.delegationBasis, "下放依据", power.delegationBasis?.description)
    facts.add(.townships, "实施范围", wording.scope(power.townships))
    facts.add(.office, "承办机构", wording.office(power.office, power.townships))
    facts.add(.responsibilities, "责任事项", power.responsibilities)
    facts.add(.supervision, "监督方式", power.supervision)
    facts.add(.trainer, "培训指导监督部门", power.trainer.map(names.departmentName))
    facts.add(.funding, "经费保障", power.funding)
    facts.add(.approval, "县人民政府批准", power.approval.map(wording.approval))
    facts.add(.acceptance, "承接情况", power.acceptance?.rawValue)
  }

  private func service(_ service: ServiceItem, _ wording: Wording, into facts: inout FactList) {
    facts.add(.domain, "服务领域", service.domain)
    facts.add(.basis, "法律依据", service.basis.map(\.description))
    facts.add(.townships, "实施范围", wording.scope(service.townships))
    facts.add(.office, "承办机构", wording.office(service.office, service.townships))
    facts.add(.object, "服务对象", service.object)
    facts.add(.conditions, "受理条件和服务要求", service.conditions)
    if let materials = service.materials {
      facts.add(.materials, "申请材料", materials.isEmpty ? .text("无需提交材料") : .list(materials))
    }
    if !service.process.isEmpty { facts.add(.process, "办理流程", .steps(service.process)) }
    facts.add(.timeLimit, "办结时限", wording.timeLimit(service))
    facts.add(.fee, "收费标准", service.fee)
    facts.add(.location, "办理地点", service.location ?? "所在乡镇（街道）政务服务中心")
    facts.add(.online, "网上办理", service.online?.rawValue)
    facts.add(.proxy, "代办代领", wording.proxy(service))
    facts.add(.disclosurePerYear, "受益对象名单公开", service.disclosurePerYear.map { "每年公开 \($0) 次" })
    facts.add(.phonesConsult, "咨询电话", service.phones?.consult)
    facts.add(.phonesComplaint, "监督投诉电话", service.phones?.complaint)
    facts.add(.supervision, "监督方式", service.supervision)
  }

  private func village(_ matter: VillageMatter, _ wording: Wording, into facts: inout FactList) {
    let service = matter.service.map { code in
      names.servicesByCode[code].map { "\($0.name)（\(code)）" } ?? code
    }
    facts.add(.kind, "事项类型", matter.kind?.rawValue)
    facts.add(.townships, "实施范围", wording.scope(matter.townships))
    facts.add(.office, "委托机构", wording.office(matter.office, matter.townships))
    facts.add(.service, "协助的服务事项", service)
    facts.add(.agreementType, "协议类型", matter.agreement?.type?.rawValue)
    facts.add(.agreementRights, "村(居)权利", matter.agreement?.rights)
    facts.add(.agreementDuties, "村(居)责任", matter.agreement?.duties)
    facts.add(.agreementFunding, "经费", matter.agreement?.funding)
    facts.add(.agreementSigned, "协议签订日期", matter.agreement?.signed?.description)
    facts.add(.published, "公布公示日期", matter.published?.description)
  }
}

/// The facts of one item as they are found; absent values are left out.
private struct FactList {
  var facts: [ItemFact] = []

  init() { facts.reserveCapacity(20) }

  mutating func add(_ field: FactField, _ label: String, _ value: FactValue) {
    facts.append(ItemFact(field: field, label: label, value: value))
  }

  mutating func add(_ field: FactField, _ label: String, _ value: String?) {
    if let value { add(field, label, .text(value)) }
  }

  mutating func add(_ field: FactField, _ label: String, _ values: [String]) {
    if !values.isEmpty { add(field, label, .list(values)) }
  }
}
