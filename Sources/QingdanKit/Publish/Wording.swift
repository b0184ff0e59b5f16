/// How the publications word the values of a catalog.
struct Wording {
  let publication: Publication

  init(_ publication: Publication) {
    self.publication = publication
  }

  func source(_ source: PowerSource) -> String {
    switch source {
    case .statutory: return "法定（法律法规规定由乡镇实施）"
    case .entrusted: return "委托（县直部门委托乡镇实施）"
    case .devolved: return "下放（县直部门下放乡镇实施）"
    case .authorized: return "授权"
    }
  }

  func scope(_ scope: TownshipScope) -> String {
    switch scope {
    case .all: return "全部乡镇（街道）"
    case .list(let ids): return ids.map { publication.index.townshipsByID[$0]?.name ?? $0 }.joined(separator: "、")
    }
  }

  /// The office's name in the townships where the item applies; different names are all given.
  func office(_ id: String?, _ scope: TownshipScope) -> String? {
    guard let id else { return nil }
    if case .all = scope { return publication.unitNames[id].map { $0.joined(separator: "、") } ?? id }
    var names: [String] = []
    for township in publication.index.townships(of: scope) {
      let name = township.offices.first { $0.id == id }?.name ?? township.stations.first { $0.id == id }?.name
      if let name, !names.contains(name) { names.append(name) }
    }
    return names.isEmpty ? id : names.joined(separator: "、")
  }

  func approval(_ approval: Approval) -> String {
    [approval.document, approval.date.map(Wording.date)].compactMap { $0 }
      .joined(separator: "，")
  }

  func timeLimit(_ service: ServiceItem) -> String? {
    if service.onTheSpot == true { return "当场办结" }
    guard let limit = service.timeLimit else { return nil }
    let unit = limit.unit?.rawValue ?? "日"
    var parts: [String] = []
    if let committed = limit.committed { parts.append("承诺 \(committed) 个\(unit)") }
    if let statutory = limit.statutory { parts.append("法定 \(statutory) 个\(unit)") }
    return parts.isEmpty ? nil : parts.joined(separator: "（") + (parts.count > 1 ? "）" : "")
  }

  func proxy(_ service: ServiceItem) -> String? {
    switch service.proxy {
    case .forbidden?: return "不得代办、代领：须由符合条件的申请人本人（或其家庭成员）直接办理"
    case .allowed?: return "可以代办" + (service.proxyDays.map { "，代办 \($0) 日内办结" } ?? "")
    case nil: return nil
    }
  }

  static func date(_ date: CalendarDate) -> String { "\(date.year)年\(date.month)月\(date.day)日" }
}
