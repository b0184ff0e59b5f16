/// What the ids of a catalog stand for, as the publications name them.
package struct PublicationNames: Sendable {
  /// An office or station id → its distinct names across all townships, joined, as an item for all townships
  /// shows its office.
  let unitNamesEverywhere: [String: String]
  /// Township id → office or station id → name (an office before a station with the same id).
  let unitNamesByTownship: [String: [String: String]]
  /// Township id → name, and department id → name.
  let townshipNames: [String: String]
  let departmentNames: [String: String]
  let servicesByCode: [String: ServiceItem]

  package init(
    unitNamesEverywhere: [String: String], unitNamesByTownship: [String: [String: String]],
    townshipNames: [String: String], departmentNames: [String: String], servicesByCode: [String: ServiceItem]
  ) {
    self.unitNamesEverywhere = unitNamesEverywhere
    self.unitNamesByTownship = unitNamesByTownship
    self.townshipNames = townshipNames
    self.departmentNames = departmentNames
    self.servicesByCode = servicesByCode
  }

  /// The name a department id stands for, or the id itself.
  package func departmentName(_ id: String) -> String { departmentNames[id] ?? id }
}

/// How the publications word the values of a catalog.
package struct Wording {
  let names: PublicationNames

  package init(_ names: PublicationNames) {
    self.names = names
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
    case .list(let ids):
      var text = ""
      for (position, id) in ids.enumerated() {
        text += (position == 0 ? "" : "、") + (names.townshipNames[id] ?? id)
      }
      return text
    }
  }

  /// The office's name in the townships where the item applies; different names are all given.
  func office(_ id: String?, _ scope: TownshipScope) -> String? {
    guard let id else { return nil }
    guard case .list(let townships) = scope else {
      return names.unitNamesEverywhere[id] ?? id
    }
    var found: [String] = []
    for township in townships {
      // Unknown townships and townships without the unit are left out.
      if let name = names.unitNamesByTownship[township]?[id], !found.contains(name) { found.append(name) }
    }
    return found.isEmpty ? id : found.joined(separator: "、")
  }

  package func approval(_ approval: Approval) -> String {
    switch (approval.document, approval.date.map(Wording.date)) {
    case (let document?, let date?): return document + "，" + date
    case (let document?, nil): return document
    case (nil, let date?): return date
    case (nil, nil): return ""
    }
  }

  func timeLimit(_ service: ServiceItem.Fields) -> String? {
    if service.onTheSpot == true { return "当场办结" }
    guard let limit = service.timeLimit else { return nil }
    let unit = limit.unit?.rawValue ?? "日"
    switch (limit.committed, limit.statutory) {
    case (let committed?, let statutory?): return "承诺 \(committed) 个\(unit)（法定 \(statutory) 个\(unit)）"
    case (let committed?, nil): return "承诺 \(committed) 个\(unit)"
    case (nil, let statutory?): return "法定 \(statutory) 个\(unit)"
    case (nil, nil): return nil
    }
  }

  func proxy(_ service: ServiceItem.Fields) -> String? {
    switch service.proxy {
    case .forbidden?: return "不得代办、代领：须由符合条件的申请人本人（或其家庭成员）直接办理"
    case .allowed?: return "可以代办" + (service.proxyDays.map { "，代办 \($0) 日内办结" } ?? "")
    case nil: return nil
    }
  }

  package static func date(_ date: CalendarDate) -> String { "\(date.year)年\(date.month)月\(date.day)日" }
}
