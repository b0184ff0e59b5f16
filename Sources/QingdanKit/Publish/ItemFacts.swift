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
    case .list(let items): return items.joined(separator: "；")
    case .steps(let steps): return steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " ")
    }
  }
}

/// One labelled element of an item: `key` names the element for the CSV header, `label` is what readers see.
public struct ItemFact: Sendable, Hashable {
  public var key: String
  public var label: String
  public var value: FactValue
}

/// Every element of an item, in the order the guide shows them. The guide, the handbook and the table all read
/// items through this one place, so that they publish the same thing.
public struct ItemFacts {
  let publication: Publication

  public init(_ publication: Publication) {
    self.publication = publication
  }

  public func facts(_ item: PublishedItem) -> [ItemFact] {
    var facts: [ItemFact?] = [
      fact("list", "清单", item.list.title), fact("code", "事项编码", item.code), fact("name", "事项名称", item.name),
    ]
    switch item {
    case .power(let power): facts += self.power(power)
    case .service(let service): facts += self.service(service)
    case .village(let matter): facts += village(matter)
    }
    return facts.compactMap { $0 }
  }

  private func power(_ power: Power) -> [ItemFact?] {
    let wording = Wording(publication)
    return [
      fact("category", "权力类别", power.category?.rawValue),
      fact("source", "事项来源", power.source.map(wording.source)),
      fact("department", "下放部门", power.department.map(publication.index.departmentName)),
      fact("basis", "法律依据", power.basis.map(\.description)),
      fact("delegation_basis", "下放依据", power.delegationBasis?.description),
      fact("townships", "实施范围", wording.scope(power.townships)),
      fact("office", "承办机构", wording.office(power.office, power.townships)),
      fact("responsibilities", "责任事项", power.responsibilities),
      fact("supervision", "监督方式", power.supervision),
      fact("trainer", "培训指导监督部门", power.trainer.map(publication.index.departmentName)),
      fact("funding", "经费保障", power.funding),
      fact("approval", "县人民政府批准", power.approval.map(wording.approval)),
      fact("acceptance", "承接情况", power.acceptance?.rawValue),
    ]
  }

  private func service(_ service: ServiceItem) -> [ItemFact?] {
    let wording = Wording(publication)
    return [
      fact("domain", "服务领域", service.domain),
      fact("basis", "法律依据", service.basis.map(\.description)),
      fact("townships", "实施范围", wording.scope(service.townships)),
      fact("office", "承办机构", wording.office(service.office, service.townships)),
      fact("object", "服务对象", service.object),
      fact("conditions", "受理条件和服务要求", service.conditions),
      service.materials.map {
        ItemFact(key: "materials", label: "申请材料", value: $0.isEmpty ? .text("无需提交材料") : .list($0))
      },
      service.process.isEmpty ? nil : ItemFact(key: "process", label: "办理流程", value: .steps(service.process)),
      fact("time_limit", "办结时限", wording.timeLimit(service)),
      fact("fee", "收费标准", service.fee),
      fact("location", "办理地点", service.location ?? "所在乡镇（街道）政务服务中心"),
      fact("online", "网上办理", service.online?.rawValue),
      fact("proxy", "代办代领", wording.proxy(service)),
      fact("disclosure_per_year", "受益对象名单公开", service.disclosurePerYear.map { "每年公开 \($0) 次" }),
      fact("phones.consult", "咨询电话", service.phones?.consult),
      fact("phones.complaint", "监督投诉电话", service.phones?.complaint),
      fact("supervision", "监督方式", service.supervision),
    ]
  }

  private func village(_ matter: VillageMatter) -> [ItemFact?] {
    let wording = Wording(publication)
    let service = matter.service.map { code in
      publication.servicesByCode[code].map { "\($0.name)（\(code)）" } ?? code
    }
    return [
      fact("kind", "事项类型", matter.kind?.rawValue),
      fact("townships", "实施范围", wording.scope(matter.townships)),
      fact("office", "委托机构", wording.office(matter.office, matter.townships)),
      fact("service", "协助的服务事项", service),
      fact("agreement.type", "协议类型", matter.agreement?.type?.rawValue),
      fact("agreement.rights", "村(居)权利", matter.agreement?.rights),
      fact("agreement.duties", "村(居)责任", matter.agreement?.duties),
      fact("agreement.funding", "经费", matter.agreement?.funding),
      fact("agreement.signed", "协议签订日期", matter.agreement?.signed?.description),
      fact("published", "公布公示日期", matter.published?.description),
    ]
  }

  private func fact(_ key: String, _ label: String, _ value: String?) -> ItemFact? {
    value.map { ItemFact(key: key, label: label, value: .text($0)) }
  }

  private func fact(_ key: String, _ label: String, _ values: [String]) -> ItemFact? {
    values.isEmpty ? nil : ItemFact(key: key, label: label, value: .list(values))
  }
}
