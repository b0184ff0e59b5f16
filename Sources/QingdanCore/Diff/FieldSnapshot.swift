/// The fields of a thing as flat, comparable text, by the dotted names FORMAT.md gives them. Two editions are
/// compared field by field through these snapshots; the order of list entries that are sets (townships) does not
/// count, the order of steps does.
enum FieldSnapshot {
  typealias Fields = [(String, String?)]

  /// An item's fields as its list declares them (code, name and townships are matched, not compared).
  static func item<Item: DeclaredItem>(_ item: Item) -> Fields {
    Item.declaration.comparable(item.fields)
  }

  static func county(_ county: County) -> Fields {
    [
      ("name", county.name), ("code", county.code), ("edition", county.edition),
      ("effective", county.effective?.description), ("profile", county.profile),
      ("approval.document", county.approval?.document), ("approval.date", county.approval?.date?.description),
      ("publisher", county.publisher),
    ]
  }

  /// A township's own fields and, by id, those of its offices, stations and dispatched agencies.
  static func township(_ township: Township) -> Fields {
    var fields: Fields = [
      ("code", township.code), ("kind", township.kind?.rawValue), ("pilot", String(township.pilot)),
      ("agricultural", String(township.agricultural)),
    ]
    for office in township.offices {
      fields += [
        ("offices.\(office.id)", office.name), ("offices.\(office.id).plaques", list(office.plaques)),
        ("offices.\(office.id).staff", office.staff.map(String.init)),
        ("offices.\(office.id).agricultural", office.agricultural ? "true" : nil),
      ]
    }
    for station in township.stations {
      fields += [
        ("stations.\(station.id)", station.name), ("stations.\(station.id).staff", station.staff.map(String.init)),
        ("stations.\(station.id).agricultural", station.agricultural ? "true" : nil),
      ]
    }
    for agency in township.dispatched {
      fields += [
        ("dispatched.\(agency.name)", agency.department),
        ("dispatched.\(agency.name).township_weight", agency.townshipWeight.map(Formats.plain)),
      ]
    }
    return fields
  }

  /// The fields that differ, in the order of `old` then the new ones.
  static func differences(_ old: Fields, _ new: Fields) -> [FieldChange] {
    // Most things do not change: the same fields in the same order with the same values.
    if old.elementsEqual(new, by: { $0.0 == $1.0 && $0.1 == $1.1 }) { return [] }
    let oldValues = Dictionary(old.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
    let newValues = Dictionary(new.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
    var changes: [FieldChange] = []
    var seen = Set<String>()
    for (field, _) in old + new where seen.insert(field).inserted {
      let before = oldValues[field] ?? nil
      let after = newValues[field] ?? nil
      if before != after { changes.append(FieldChange(field: field, old: before, new: after)) }
    }
    return changes
  }

  private static func list(_ values: [String]) -> String? {
    values.isEmpty ? nil : values.joined(separator: "；")
  }
}
