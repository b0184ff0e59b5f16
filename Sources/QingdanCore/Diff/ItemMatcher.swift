/// Matches the items of one section across two editions and describes each difference.
struct ItemMatcher<Item: CatalogItem> {
  let section: ChangeSection
  let scopes: ScopeSets
  let fields: (Item) -> FieldSnapshot.Fields
  /// A power's category, a service's domain, a village matter's kind: what a re-coded power keeps and what a
  /// reused code changes.
  let category: (Item) -> String?

  func compare(_ old: [Item], _ new: [Item]) -> [Change] {
    let oldByCode = Dictionary(old.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    let newByCode = Dictionary(new.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    var added = new.filter { oldByCode[$0.code] == nil }
    var removed = old.filter { newByCode[$0.code] == nil }
    var changes: [Change] = []
    // Re-coding: a removed item whose name (and category) reappears under an added code.
    // Added items by name, so that matching stays linear when a whole list is renumbered. An item without a name
    // (an error of its edition) is matched by its code alone: two nameless items are not one item re-coded, or a
    // statutory power could vanish as the “old name” of any other nameless item.
    var addedByName: [String: [Int]] = [:]
    for (index, item) in added.enumerated() where !item.name.isEmpty {
      addedByName[item.name, default: []].append(index)
    }
    var taken = Set<Int>()
    var recoded: [(Item, Item)] = []
    removed = removed.filter { gone in
      guard
        let candidates = addedByName[gone.name],
        let position = candidates.firstIndex(where: {
          section != .powers || category(added[$0]) == category(gone)
        })
      else { return true }
      let index = candidates[position]
      addedByName[gone.name]!.remove(at: position)
      taken.insert(index)
      recoded.append((gone, added[index]))
      return false
    }
    added = added.enumerated().filter { !taken.contains($0.offset) }.map(\.element)
    for item in new {
      if let previous = oldByCode[item.code] {
        if let change = describe(previous, item, recoded: false) { changes.append(change) }
      }
    }
    for (previous, item) in recoded {
      if let change = describe(previous, item, recoded: true) { changes.append(change) }
    }
    for item in added {
      changes.append(
        Change(
          section: section, code: item.code, name: item.name, kinds: [.added], fields: [],
          location: item.locations.entity, inOldEdition: false))
    }
    for item in removed {
      changes.append(
        Change(
          section: section, code: item.code, name: item.name, kinds: [.removed], fields: [],
          location: item.locations.entity, inOldEdition: true))
    }
    return changes
  }

  private func describe(_ old: Item, _ new: Item, recoded: Bool) -> Change? {
    let scope = scopes.change(from: old.townships, to: new.townships)
    // Most items of an edition are unchanged: compare the values before describing them field by field.
    if !scope.extended && !scope.narrowed && old.hasSameContent(as: new) { return nil }
    var kinds: [ChangeKind] = []
    var changed: [FieldChange] = []
    if recoded {
      kinds.append(.recoded)
      changed.append(FieldChange(field: "code", old: old.code, new: new.code))
    }
    if old.name != new.name {
      kinds.append(.renamed)
      changed.append(FieldChange(field: "name", old: old.name, new: new.name))
    }
    if scope.extended { kinds.append(.extended) }
    if scope.narrowed { kinds.append(.narrowed) }
    if scope.extended || scope.narrowed {
      changed.append(
        FieldChange(field: "townships", old: Self.describe(old.townships), new: Self.describe(new.townships)))
    }
    let others = FieldSnapshot.differences(fields(old), fields(new))
    if !others.isEmpty { kinds.append(.modified) }
    changed += others
    guard !kinds.isEmpty else { return nil }
    return Change(
      section: section, code: new.code, oldCode: recoded ? old.code : nil, name: new.name, kinds: kinds,
      fields: changed, location: new.locations.entity, inOldEdition: false)
  }

  static func describe(_ scope: TownshipScope) -> String {
    switch scope {
    case .all: return "all"
    case .list(let ids): return ids.sorted().joined(separator: "、")
    }
  }
}

/// Departments and townships: matched by id.
protocol IdentifiedUnit {
  var id: String { get }
  var name: String { get }
  var locations: FieldLocations { get }
  var snapshot: FieldSnapshot.Fields { get }
}

extension Department: IdentifiedUnit {
  var snapshot: FieldSnapshot.Fields { [] }
}

extension Township: IdentifiedUnit {
  var snapshot: FieldSnapshot.Fields { FieldSnapshot.township(self) }
}

/// Matches departments or townships by id.
enum UnitMatcher {
  static func compare<Unit: IdentifiedUnit>(_ old: [Unit], _ new: [Unit], section: ChangeSection) -> [Change] {
    let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let newIDs = Set(new.map(\.id))
    var changes: [Change] = []
    for unit in new {
      guard let previous = oldByID[unit.id] else {
        changes.append(
          Change(
            section: section, code: unit.id, name: unit.name, kinds: [.added], fields: [],
            location: unit.locations.entity, inOldEdition: false))
        continue
      }
      var kinds: [ChangeKind] = []
      var fields: [FieldChange] = []
      if previous.name != unit.name {
        kinds.append(.renamed)
        fields.append(FieldChange(field: "name", old: previous.name, new: unit.name))
      }
      let others = FieldSnapshot.differences(previous.snapshot, unit.snapshot)
      if !others.isEmpty { kinds.append(.modified) }
      fields += others
      if !kinds.isEmpty {
        changes.append(
          Change(
            section: section, code: unit.id, name: unit.name, kinds: kinds, fields: fields,
            location: unit.locations.entity, inOldEdition: false))
      }
    }
    for unit in old where !newIDs.contains(unit.id) {
      changes.append(
        Change(
          section: section, code: unit.id, name: unit.name, kinds: [.removed], fields: [],
          location: unit.locations.entity, inOldEdition: true))
    }
    return changes
  }
}
