import QingdanCore

/// One labelled element of an item: `column` is its column in `catalog.csv` (`TableColumns`), `label` what readers
/// see.
public struct ItemFact: Sendable, Hashable {
  let column: Int
  public var label: String
  public var value: FactValue

  /// The element's dotted field name, as the catalog spells it.
  public var key: String { TableColumns.keys[column] }
}

/// Every element of an item, in the order the guide shows them: the list, then the item's declared fields
/// (`ItemDeclaration`). The guide, the handbook, the table and the search index all read items through this one
/// place (`Publication.facts`, worked out once per item), so that they publish the same thing.
struct ItemFacts {
  /// The number of facts that name the item (list, code, name) before the others.
  static let identityCount = 3

  let names: PublicationNames

  init(_ names: PublicationNames) {
    self.names = names
  }

  /// The facts, the item's list, code and name first.
  func facts(_ item: PublishedItem) -> [ItemFact] {
    var facts: [ItemFact] = []
    facts.reserveCapacity(24)
    facts.append(ItemFact(column: 0, label: "清单", value: .text(item.list.title)))
    let wording = Wording(names)
    switch item {
    case .power(let power): add(power.fields, Power.declaration, TableColumns.powers, wording, into: &facts)
    case .service(let service):
      add(service.fields, ServiceItem.declaration, TableColumns.services, wording, into: &facts)
    case .village(let matter):
      add(matter.fields, VillageMatter.declaration, TableColumns.village, wording, into: &facts)
    }
    return facts
  }

  /// The columns the guide shows, that have a value.
  private func add<Item: DeclaredItem>(
    _ fields: Item.Fields, _ declaration: ItemDeclaration<Item>, _ columns: [Int], _ wording: Wording,
    into facts: inout [ItemFact]
  ) {
    for position in declaration.guideColumns {
      if let value = declaration.values[position](fields, wording) {
        facts.append(ItemFact(column: columns[position], label: declaration.labels[position], value: value))
      }
    }
  }
}
