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
    case .list(let ids):
      var names = ""
      for (position, id) in ids.enumerated() {
        names += (position == 0 ? "" : "、") + (publication.townshipNames[id] ?? id)
      }
      return names
    }
  }

  /// The office's name in the townships where the item applies; different names are all given.
  func office(_ id: String?, _ scope: TownshipScope) -> String? {
    guard let id else { return nil }
    guard case .list(let townships) = scope else {
      return publication.unitNamesEverywhere[id] ?? id
    }
    var names: [String] = []
    for township in townships {
      // Unknown townships and townships without the unit are left out.
      if let name = publication.unitNamesByTownship[township]?[id], !names.contains(name) { names.append(name) }
    }
    return names.isEmpty ? id : names.joined(separator: "、")
  }

  func approval(_ approval: Approval) -> String {
    switch (approval.document, approval.date.map(Wording.date)) {
    case (let document?, let date?): return document + "，" + date
    case (let document?, nil): return document
    case (nil, let date?): return date
    case (nil, nil): return ""
    }
  }

  func timeLimit(_ service: ServiceItem) -> String? {
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

  func proxy(_ service: ServiceItem) -> String? {
    switch service.proxy {
    case .forbidden?: return "不得代办、代领：须由符合条件的申请人本人（或其家庭成员）直接办理"
    case .allowed?: return "可以代办" + (service.proxyDays.map { "，代办 \($0) 日内办结" } ?? "")
    case nil: return nil
    }
  }

  static func date(_ date: CalendarDate) -> String { "\(date.year)年\(date.month)月\(date.day)日" }
}
