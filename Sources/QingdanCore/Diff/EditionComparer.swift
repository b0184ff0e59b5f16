/// Compares two loaded editions: items matched by code within their section (a vanished code whose item
/// reappears under a new code with the same name — and, for powers, category — is one re-coded item),
/// townships, departments and offices by id. Then applies the rules on changes.
public struct EditionComparer {
  public init() {}

  /// `oldName` and `newName` name the editions in reports; `oldRoot` and `newRoot`, where CI reports find their
  /// files, default to them.
  public func compare(
    old: LoadedCatalog, new: LoadedCatalog, oldName: String, newName: String, oldRoot: String? = nil,
    newRoot: String? = nil
  ) -> EditionDiff {
    var diff = EditionDiff(
      old: old, new: new, oldName: oldName, newName: newName, oldRoot: oldRoot ?? oldName,
      newRoot: newRoot ?? newName, changes: [], diagnostics: [])
    diff.diagnostics = (old.failures + new.failures).map {
      Diagnostic($0, severity: .error, citation: LoadFailure.descriptor.citation)
    }
    guard diff.loaded else { return diff }
    let before = old.catalog
    let after = new.catalog
    let scopes = ScopeSets(old: Set(before.townships.map(\.id)), new: Set(after.townships.map(\.id)))
    var changes: [Change] = []
    if let oldCounty = before.county, let newCounty = after.county {
      let fields = FieldSnapshot.differences(FieldSnapshot.county(oldCounty), FieldSnapshot.county(newCounty))
      if !fields.isEmpty {
        changes.append(
          Change(
            section: .county, code: "county", name: newCounty.name, kinds: [.modified], fields: fields,
            location: newCounty.locations.entity, inOldEdition: false))
      }
    }
    changes += UnitMatcher.compare(before.departments, after.departments, section: .departments)
    changes += UnitMatcher.compare(before.townships, after.townships, section: .townships)
    // The three lists are matched on every core: a province has a hundred thousand items in them.
    changes += Parallel.map([ChangeSection.powers, .services, .villageMatters]) { section -> [Change] in
      switch section {
      case .powers:
        ItemMatcher(section: .powers, scopes: scopes, fields: FieldSnapshot.item) { $0.category?.rawValue }
          .compare(before.powers, after.powers)
      case .services:
        ItemMatcher(section: .services, scopes: scopes, fields: FieldSnapshot.item) { $0.domain }
          .compare(before.services, after.services)
      default:
        ItemMatcher(section: .villageMatters, scopes: scopes, fields: FieldSnapshot.item) { $0.kind?.rawValue }
          .compare(before.villageMatters, after.villageMatters)
      }
    }.flatMap { $0 }
    diff.changes = changes.sorted(by: Change.order)

    let findings = ChangeRules(old: before, new: after).check(changes)
    diff.diagnostics += ChangeRules.diagnostics(findings, profile: new.profile, waivers: after)
    diff.diagnostics.sort(by: Diagnostic.reportOrder)
    return diff
  }
}

/// The townships `all` stands for in each edition.
struct ScopeSets {
  var old: Set<String>
  var new: Set<String>
  /// Whether `all` in the new edition covers townships `all` in the old one did not, and the other way round:
  /// computed once, since most items of a province apply to all townships.
  private let allExtended: Bool
  private let allNarrowed: Bool

  init(old: Set<String>, new: Set<String>) {
    self.old = old
    self.new = new
    allExtended = !new.isSubset(of: old)
    allNarrowed = !old.isSubset(of: new)
  }

  func set(_ scope: TownshipScope, inNew: Bool) -> Set<String> {
    switch scope {
    case .all: return inNew ? new : old
    case .list(let ids): return Set(ids)
    }
  }

  /// Whether an item's scope gained townships and whether it lost some, from `old` in the old edition to `new` in
  /// the new one.
  func change(from old: TownshipScope, to new: TownshipScope) -> (extended: Bool, narrowed: Bool) {
    switch (old, new) {
    case (.all, .all): return (allExtended, allNarrowed)
    case (.list(let before), .list(let after)) where before == after: return (false, false)
    default:
      let before = set(old, inNew: false)
      let after = set(new, inNew: true)
      return (!after.isSubset(of: before), !before.isSubset(of: after))
    }
  }
}
