import QingdanCore

/// An item of any of the three lists, as the publications show it.
public enum PublishedItem: Sendable {
  case power(Power)
  case service(ServiceItem)
  case village(VillageMatter)

  public var code: String {
    switch self {
    case .power(let item): return item.code
    case .service(let item): return item.code
    case .village(let item): return item.code
    }
  }

  public var name: String {
    switch self {
    case .power(let item): return item.name
    case .service(let item): return item.name
    case .village(let item): return item.name
    }
  }

  public var townships: TownshipScope {
    switch self {
    case .power(let item): return item.townships
    case .service(let item): return item.townships
    case .village(let item): return item.townships
    }
  }

  public var office: String? {
    switch self {
    case .power(let item): return item.office
    case .service(let item): return item.office
    case .village(let item): return item.office
    }
  }

  public var list: PublishedList {
    switch self {
    case .power: return .powers
    case .service: return .services
    case .village: return .village
    }
  }

  /// The group an item is listed under: a power's category, a service's domain, a village matter's kind.
  public var group: String {
    switch self {
    case .power(let item): return item.category?.rawValue ?? "未分类"
    case .service(let item): return item.domain.isEmpty ? "未分类" : item.domain
    case .village(let item): return item.kind?.rawValue ?? "未分类"
    }
  }
}

/// The three lists a county publishes.
public enum PublishedList: String, Sendable, CaseIterable {
  case powers
  case services
  case village

  public var title: String {
    switch self {
    case .powers: return "权力事项清单"
    case .services: return "公共服务事项清单"
    case .village: return "委托村(居)民委员会承办事项清单"
    }
  }

  public var itemNoun: String {
    switch self {
    case .powers: return "权力事项"
    case .services: return "公共服务事项"
    case .village: return "委托村(居)承办事项"
    }
  }
}
