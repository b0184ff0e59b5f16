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
  /// Whether `other` says exactly the same, wherever it is written.
  func hasSameContent(as other: Self) -> Bool
}

/// A 权力事项: the township's own (法定) or one delegated by a county department.
public struct Power: CatalogItem, Hashable {
  public static let sectionName = "权力事项"
  /// The fields, written once by the loader and shared by every copy: the rules walk a province's items
  /// many times, and a copy is then one reference rather than 16 values.
  private let box: Box<Fields>

  /// What the item says, field by field.
  struct Fields: Sendable, Hashable {
    var code: String
    var name: String
    var category: PowerCategory?
    var source: PowerSource?
    var department: String?
    var basis: [LegalBasis]
    var delegationBasis: LegalBasis?
    var townships: TownshipScope
    var office: String?
    var responsibilities: [String]
    var supervision: String?
    var trainer: String?
    var funding: String?
    var approval: Approval?
    var acceptance: Acceptance?
    var locations: FieldLocations
  }

  init(_ fields: Fields) {
    box = Box(fields)
  }

  public var code: String { box.value.code }
  public var name: String { box.value.name }
  public var category: PowerCategory? { box.value.category }
  public var source: PowerSource? { box.value.source }
  public var department: String? { box.value.department }
  public var basis: [LegalBasis] { box.value.basis }
  public var delegationBasis: LegalBasis? { box.value.delegationBasis }
  public var townships: TownshipScope { box.value.townships }
  public var office: String? { box.value.office }
  public var responsibilities: [String] { box.value.responsibilities }
  public var supervision: String? { box.value.supervision }
  public var trainer: String? { box.value.trainer }
  public var funding: String? { box.value.funding }
  public var approval: Approval? { box.value.approval }
  public var acceptance: Acceptance? { box.value.acceptance }
  public var locations: FieldLocations { box.value.locations }

  /// Whether the power came from a county department rather than from a law naming townships.
  public var isDelegated: Bool { source != nil && source != .statutory }

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.box === rhs.box || lhs.box.value == rhs.box.value }

  public func hash(into hasher: inout Hasher) { box.value.hash(into: &hasher) }

  /// Whether `other` says exactly the same, wherever it is written.
  public func hasSameContent(as other: Self) -> Bool {
    var fields = box.value
    fields.locations = other.locations
    return fields == other.box.value
  }
}

/// A 公共服务事项.
public struct ServiceItem: CatalogItem, Hashable {
  public static let sectionName = "公共服务事项"
  /// The fields, written once by the loader and shared by every copy: the rules walk a province's items
  /// many times, and a copy is then one reference rather than 22 values.
  private let box: Box<Fields>

  /// What the item says, field by field.
  struct Fields: Sendable, Hashable {
    var code: String
    var name: String
    var domain: String
    var basis: [LegalBasis]
    var townships: TownshipScope
    var office: String?
    var supervision: String?
    var object: String?
    var conditions: String?
    var materials: [String]?
    var process: [String]
    var onTheSpot: Bool?
    var timeLimit: TimeLimit?
    var fee: String?
    var location: String?
    var online: OnlineLevel?
    var proxy: ProxyRule?
    var proxyDays: Int?
    var benefit: String?
    var disclosurePerYear: Int?
    var phones: Phones?
    var locations: FieldLocations
  }

  init(_ fields: Fields) {
    box = Box(fields)
  }

  public var code: String { box.value.code }
  public var name: String { box.value.name }
  public var domain: String { box.value.domain }
  public var basis: [LegalBasis] { box.value.basis }
  public var townships: TownshipScope { box.value.townships }
  public var office: String? { box.value.office }
  public var supervision: String? { box.value.supervision }
  public var object: String? { box.value.object }
  public var conditions: String? { box.value.conditions }
  public var materials: [String]? { box.value.materials }
  public var process: [String] { box.value.process }
  public var onTheSpot: Bool? { box.value.onTheSpot }
  public var timeLimit: TimeLimit? { box.value.timeLimit }
  public var fee: String? { box.value.fee }
  public var location: String? { box.value.location }
  public var online: OnlineLevel? { box.value.online }
  public var proxy: ProxyRule? { box.value.proxy }
  public var proxyDays: Int? { box.value.proxyDays }
  public var benefit: String? { box.value.benefit }
  public var disclosurePerYear: Int? { box.value.disclosurePerYear }
  public var phones: Phones? { box.value.phones }
  public var locations: FieldLocations { box.value.locations }

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.box === rhs.box || lhs.box.value == rhs.box.value }

  public func hash(into hasher: inout Hasher) { box.value.hash(into: &hasher) }

  /// Whether `other` says exactly the same, wherever it is written.
  public func hasSameContent(as other: Self) -> Bool {
    var fields = box.value
    fields.locations = other.locations
    return fields == other.box.value
  }
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
  /// The fields, written once by the loader and shared by every copy: the rules walk a province's items
  /// many times, and a copy is then one reference rather than 9 values.
  private let box: Box<Fields>

  /// What the item says, field by field.
  struct Fields: Sendable, Hashable {
    var code: String
    var name: String
    var townships: TownshipScope
    var office: String?
    var kind: VillageMatterKind?
    var service: String?
    var agreement: Agreement?
    var published: CalendarDate?
    var locations: FieldLocations
  }

  init(_ fields: Fields) {
    box = Box(fields)
  }

  public var code: String { box.value.code }
  public var name: String { box.value.name }
  public var townships: TownshipScope { box.value.townships }
  public var office: String? { box.value.office }
  public var kind: VillageMatterKind? { box.value.kind }
  public var service: String? { box.value.service }
  public var agreement: Agreement? { box.value.agreement }
  public var published: CalendarDate? { box.value.published }
  public var locations: FieldLocations { box.value.locations }

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.box === rhs.box || lhs.box.value == rhs.box.value }

  public func hash(into hasher: inout Hasher) { box.value.hash(into: &hasher) }

  /// Whether `other` says exactly the same, wherever it is written.
  public func hasSameContent(as other: Self) -> Bool {
    var fields = box.value
    fields.locations = other.locations
    return fields == other.box.value
  }
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

/// An immutable value behind a reference, so that copying the value costs one reference count.
final class Box<Value: Sendable>: Sendable {
  let value: Value

  init(_ value: Value) {
    self.value = value
  }
}
