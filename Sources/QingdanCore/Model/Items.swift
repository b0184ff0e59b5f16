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

/// An item of a list whose fields are declared in one place (`declaration`): the loader, the schema, diff, the
/// labels and every publication read the declaration. `Fields` holds what the item says; its properties are
/// read on the item by name (`power.category`).
package protocol DeclaredItem: CatalogItem {
  associatedtype Fields: Sendable & Hashable
  var fields: Fields { get }
  init(_ fields: Fields)
  static var declaration: ItemDeclaration<Self> { get }
}

/// A 权力事项: the township's own (法定) or one delegated by a county department.
@dynamicMemberLookup
public struct Power: CatalogItem, Hashable {
  public static let sectionName = "权力事项"
  /// The fields, written once by the loader and shared by every copy: the rules walk a province's items
  /// many times, and a copy is then one reference rather than 16 values.
  private let box: Box<Fields>

  /// What the item says, field by field (`PowerFields` declares each).
  public struct Fields: Sendable, Hashable {
    public var code = ""
    public var name = ""
    public var subItems: [String] = []
    public var category: PowerCategory?
    public var source: PowerSource?
    public var department: String?
    public var basis: [LegalBasis] = []
    public var delegationBasis: LegalBasis?
    public var townships = TownshipScope.all
    public var office: String?
    public var level: String?
    public var responsibilities: [String] = []
    public var accountability: [String] = []
    public var supervision: String?
    public var trainer: String?
    public var funding: String?
    public var approval: Approval?
    public var acceptance: Acceptance?
    public var locations = FieldLocations.unknown
  }

  package init(_ fields: Fields) {
    box = Box(fields)
  }

  package var fields: Fields { box.value }

  public subscript<Value>(dynamicMember path: KeyPath<Fields, Value>) -> Value { box.value[keyPath: path] }

  public var code: String { box.value.code }
  public var name: String { box.value.name }
  public var townships: TownshipScope { box.value.townships }
  public var office: String? { box.value.office }
  public var locations: FieldLocations { box.value.locations }

  /// Whether the power came from a county department rather than from a law naming townships.
  public var isDelegated: Bool { box.value.source != nil && box.value.source != .statutory }

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
@dynamicMemberLookup
public struct ServiceItem: CatalogItem, Hashable {
  public static let sectionName = "公共服务事项"
  /// The fields, written once by the loader and shared by every copy: the rules walk a province's items
  /// many times, and a copy is then one reference rather than 22 values.
  private let box: Box<Fields>

  /// What the item says, field by field (`ServiceFields` declares each).
  public struct Fields: Sendable, Hashable {
    public var code = ""
    public var name = ""
    public var domain = ""
    public var basis: [LegalBasis] = []
    public var townships = TownshipScope.all
    public var office: String?
    public var supervision: String?
    public var object: String?
    public var conditions: String?
    public var materials: [String]?
    public var process: [String] = []
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
    public var locations = FieldLocations.unknown
  }

  package init(_ fields: Fields) {
    box = Box(fields)
  }

  package var fields: Fields { box.value }

  public subscript<Value>(dynamicMember path: KeyPath<Fields, Value>) -> Value { box.value[keyPath: path] }

  public var code: String { box.value.code }
  public var name: String { box.value.name }
  public var townships: TownshipScope { box.value.townships }
  public var office: String? { box.value.office }
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
@dynamicMemberLookup
public struct VillageMatter: CatalogItem, Hashable {
  public static let sectionName = "委托村(居)承办事项"
  /// The fields, written once by the loader and shared by every copy: the rules walk a province's items
  /// many times, and a copy is then one reference rather than 9 values.
  private let box: Box<Fields>

  /// What the item says, field by field (`VillageMatterFields` declares each).
  public struct Fields: Sendable, Hashable {
    public var code = ""
    public var name = ""
    public var townships = TownshipScope.all
    public var office: String?
    public var kind: VillageMatterKind?
    public var service: String?
    public var agreement: Agreement?
    public var published: CalendarDate?
    public var locations = FieldLocations.unknown
  }

  package init(_ fields: Fields) {
    box = Box(fields)
  }

  package var fields: Fields { box.value }

  public subscript<Value>(dynamicMember path: KeyPath<Fields, Value>) -> Value { box.value[keyPath: path] }

  public var code: String { box.value.code }
  public var name: String { box.value.name }
  public var townships: TownshipScope { box.value.townships }
  public var office: String? { box.value.office }
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
