/// A catalog with the look-ups rules need, built once so that every rule stays linear in catalog size.
public struct CatalogIndex: Sendable {
  public let catalog: Catalog
  public let departmentsByID: [String: Department]
  public let serviceCodes: Set<String>
  /// How many townships have each office or station id, so that a county-wide item's office is checked once,
  /// not once per township.
  private let unitTownshipCounts: [String: Int]
  /// Each township's place in `catalog.townships`, so that rules look townships up without copying them.
  private let townshipIndexByID: [String: Int]

  public init(_ catalog: Catalog) {
    self.catalog = catalog
    departmentsByID = Dictionary(catalog.departments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    townshipIndexByID = Dictionary(
      catalog.townships.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    serviceCodes = Set(catalog.services.map(\.code))
    var counts: [String: Int] = [:]
    for township in catalog.townships {
      for id in Set(township.offices.map(\.id) + township.stations.map(\.id)) { counts[id, default: 0] += 1 }
    }
    unitTownshipCounts = counts
  }

  public var county: County? { catalog.county }

  /// Every township by id (the first, when two share one), put together on each call.
  public var townshipsByID: [String: Township] { townshipIndexByID.mapValues { catalog.townships[$0] } }

  /// The townships in `scope` that have no office or station `unit`; linear in the listed townships, and constant
  /// for `all` when every township has the unit.
  public func townships(in scope: TownshipScope, lacking unit: String) -> [Township] {
    switch scope {
    case .all:
      if unitTownshipCounts[unit] == catalog.townships.count { return [] }
      return catalog.townships.filter { !$0.hasUnit(unit) }
    case .list(let ids):
      var lacking: [Township] = []
      for id in ids {
        if let index = townshipIndexByID[id], !catalog.townships[index].hasUnit(unit) {
          lacking.append(catalog.townships[index])
        }
      }
      return lacking
    }
  }

  /// Whether a township with id `id` exists.
  public func hasTownship(_ id: String) -> Bool { townshipIndexByID[id] != nil }

  /// `权力事项“村民宅基地审批”（DJ-QL-0001）`
  public static func label<Item: CatalogItem>(_ item: Item) -> String {
    item.name.isEmpty ? "\(Item.sectionName) \(item.code)" : "\(Item.sectionName)“\(item.name)”（\(item.code)）"
  }

  /// `“青龙街道”`
  public static func label(_ township: Township) -> String {
    "“\(township.name)”"
  }

  /// The name a department id stands for, or the id itself.
  public func departmentName(_ id: String) -> String {
    departmentsByID[id]?.name ?? id
  }
}
