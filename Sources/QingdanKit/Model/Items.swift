/// Where an item applies.
public enum TownshipScope: Sendable, Hashable {
  case all
  /// Township ids, in the order written; their locations are `townships.0`, `townships.1`, ….
  case list([String])
}

/// What every item of a list has: a code, a name, where it applies and who handles it.
public protocol CatalogItem: Sendable {
  var code: String { get }
  var name: String { get }
  var townships: TownshipScope { get }
  var office: String? { get }
  var locations: FieldLocations { get }
  static var sectionName: String { get }
}

/// A 权力事项: the township's own (法定) or one delegated by a county department.
public struct Power: CatalogItem, Hashable {
  public static let sectionName = "权力事项"
  public var code: String
  public var name: String
  public var category: PowerCategory?
  public var source: PowerSource?
  public var department: String?
  public var basis: [LegalBasis]
  public var delegationBasis: LegalBasis?
  public var townships: TownshipScope
  public var office: String?
  public var responsibilities: [String]
  public var supervision: String?
  public var trainer: String?
  public var funding: String?
  public var approval: Approval?
  public var acceptance: Acceptance?
  public var locations: FieldLocations

  /// Whether the power came from a county department rather than from a law naming townships.
  public var isDelegated: Bool { source != nil && source != .statutory }
}

/// A 公共服务事项.
public struct ServiceItem: CatalogItem, Hashable {
  public static let sectionName = "公共服务事项"
  public var code: String
  public var name: String
  public var domain: String
  public var basis: [LegalBasis]
  public var townships: TownshipScope
  public var office: String?
  public var supervision: String?
  public var object: String?
  public var conditions: String?
  public var materials: [String]?
  public var process: [String]
  public var onTheSpot: Bool?
  public var timeLimit: TimeLimit?
  public var fee: String?
  public var location: String?
  public var online: OnlineLevel?
  public var proxy: ProxyRule?
  public var proxyDays: Int?
  public var benefit: String?
  public var disclosurePerYear: Int?
  public var phones: Phones?
  public var locations: FieldLocations
}

/// 法定/承诺办结时限.
public struct TimeLimit: Sendable, Hashable {
  public var statutory: Int?
  public var committed: Int?
  public var unit: TimeUnit?
}

/// 咨询电话 and 监督投诉电话.
public struct Phones: Sendable, Hashable {
  public var consult: String?
  public var complaint: String?
}

/// A matter a township entrusts to a village (residents') committee.
public struct VillageMatter: CatalogItem, Hashable {
  public static let sectionName = "委托村(居)承办事项"
  public var code: String
  public var name: String
  public var townships: TownshipScope
  public var office: String?
  public var kind: VillageMatterKind?
  public var service: String?
  public var agreement: Agreement?
  public var published: CalendarDate?
  public var locations: FieldLocations
}

/// The agreement behind a village matter: 权、责、费.
public struct Agreement: Sendable, Hashable {
  public var type: AgreementType?
  public var rights: String?
  public var duties: String?
  public var funding: String?
  public var signed: CalendarDate?
}

/// An approved exemption from one rule for one target.
public struct Waiver: Sendable, Hashable {
  public var rule: String
  /// An item code, a township id, or `county`.
  public var target: String
  public var reason: String
  public var approved: String?
  public var locations: FieldLocations
}
