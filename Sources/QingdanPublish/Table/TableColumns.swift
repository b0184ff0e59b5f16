import QingdanCore

/// The columns of `catalog.csv`, derived from the lists' declarations: the list's title, code and name, each
/// list's group field (category, domain, kind), then every other column in the order the lists declare them, a
/// column the lists share (office, basis, …) once, where it first appears.
enum TableColumns {
  /// Dotted field names, e.g. `time_limit.committed`; `list` for the list's title.
  static let keys: [String] = {
    let lists = [
      Power.declaration.columns.map(\.key), ServiceItem.declaration.columns.map(\.key),
      VillageMatter.declaration.columns.map(\.key),
    ]
    let groups = CatalogLists.all.map(\.groupKey)
    var keys = ["list", "code", "name"] + groups
    for list in lists {
      for key in list where !keys.contains(key) { keys.append(key) }
    }
    return keys
  }()

  /// Each column's header: the field's label; where lists label a shared column differently, their labels
  /// joined with ／.
  static let headers: [String] = {
    let lists = [
      Power.declaration.columns.map { ($0.key, $0.label) }, ServiceItem.declaration.columns.map { ($0.key, $0.label) },
      VillageMatter.declaration.columns.map { ($0.key, $0.label) },
    ]
    return keys.map { key in
      guard key != "list" else { return "清单" }
      var labels: [String] = []
      for list in lists {
        for (column, label) in list where column == key && !labels.contains(label) { labels.append(label) }
      }
      return labels.joined(separator: "／")
    }
  }()

  /// The table column of each of a list's declared columns, by position.
  static let powers = positions(Power.declaration.columns.map(\.key))
  static let services = positions(ServiceItem.declaration.columns.map(\.key))
  static let village = positions(VillageMatter.declaration.columns.map(\.key))

  static let townships = keys.firstIndex(of: "townships")!
  static let office = keys.firstIndex(of: "office")!

  private static func positions(_ columns: [String]) -> [Int] {
    columns.map { keys.firstIndex(of: $0)! }
  }
}
