/// Compares two loaded editions: items matched by code within their section (a vanished code whose item
/// reappears under a new code with the same name — and, for powers, category — is one re-coded item),
/// townships, departments and offices by id. Then applies the rules on changes.
public struct EditionComparer {
  public init() {}

  /// `oldName` and `newName` name the editions in reports; `oldRoot` and `newRoot`, where CI reports find their
  /// files, default to them. `checkingEditions: false` leaves out checking each edition, for a caller that has
  /// checked the new one itself and wants only the changes and the rules on them (`build --since`).
  public func compare(
    old: LoadedCatalog, new: LoadedCatalog, oldName: String, newName: String, oldRoot: String? = nil,
    newRoot: String? = nil, checkingEditions: Bool = true
  ) -> EditionDiff {
    var diff = EditionDiff(
      old: old, new: new, oldName: oldName, newName: newName, oldRoot: oldRoot ?? oldName,
      newRoot: newRoot ?? newName, changes: [], diagnostics: [])
    // Each edition is checked as `check` would check it, under its own profile: a broken edition never passes as
    // a clean diff, and every finding says which edition it is about.
    if checkingEditions {
      let checks = Parallel.map([(old, Edition.old), (new, Edition.new)]) { loaded, edition in
        Self.tagged(Checker().check(loaded).diagnostics, edition)
      }
      diff.diagnostics = checks.flatMap { $0 }
    }
    guard diff.loaded else { return diff }
    let before = old.catalog
    let after = new.catalog
    let scopes = ScopeSets(old: before, new: after)
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
    changes += UnitMatcher.compare(before.townships, after.townships, section: .townships).map { change in
      // A township merged into another is gone, and the change says where it went.
      guard change.kinds == [.removed], let target = scopes.mergedInto[change.code] else { return change }
      var merged = change
      merged.fields = [FieldChange(field: "merged_into", old: nil, new: target)]
      return merged
    }
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

    let rules = ChangeRules(old: before, new: after)
    diff.diagnostics += ChangeRules.diagnostics(rules.check(changes), profile: new.profile, waivers: after)
    diff.diagnostics.sort(by: Diagnostic.reportOrder)
    return diff
  }

  /// An edition's check diagnostics, each saying which edition it is about: `新版：……`.
  private static func tagged(_ diagnostics: [Diagnostic], _ edition: Edition) -> [Diagnostic] {
    diagnostics.map { diagnostic in
      var diagnostic = diagnostic
      diagnostic.message = "\(edition.chinese)：" + diagnostic.message
      diagnostic.edition = edition
      return diagnostic
    }
  }
}

/// The townships `all` stands for in each edition, and where the townships merged away in the new edition went.
struct ScopeSets {
  var old: Set<String>
  var new: Set<String>
  /// A township of the old edition merged into one of the new (`merged_into`) → that township.
  var mergedInto: [String: String]
  /// Whether `all` in the new edition leaves out a township `all` covered in the old one (one dropped without
  /// saying where it went): computed once, since most items of a province apply to all townships.
  private let allNarrowed: Bool

  init(old: Set<String>, new: Set<String>, mergedInto: [String: String] = [:]) {
    self.old = old
    self.new = new
    // A merger into a township that is not in the new edition (an error of that edition) covers nothing.
    let merges = mergedInto.filter { new.contains($0.value) }
    self.mergedInto = merges
    allNarrowed = old.contains { !new.contains($0) && merges[$0] == nil }
  }

  init(old: Catalog, new: Catalog) {
    self.init(
      old: Set(old.townships.map(\.id)), new: Set(new.townships.map(\.id)),
      mergedInto: Dictionary(
        new.townshipMergers.map { ($0.id, $0.mergedInto) }, uniquingKeysWith: { first, _ in first }))
  }

  func set(_ scope: TownshipScope, inNew: Bool) -> Set<String> {
    switch scope {
    case .all: return inNew ? new : old
    case .list(let ids): return Set(ids)
    }
  }

  /// Whether an item applying in `townships` of the new edition still applies where `id` of the old one was: in
  /// it, or in the township it was merged into.
  func covered(_ id: String, by townships: Set<String>) -> Bool {
    townships.contains(id) || mergedInto[id].map(townships.contains) == true
  }

  /// Whether an item's scope gained townships and whether it lost some, from `old` in the old edition to `new` in
  /// the new one. `all` in both is never an extension: a township added to the catalog is reported once, as a
  /// township, not once for each item that applies everywhere.
  func change(from old: TownshipScope, to new: TownshipScope) -> (extended: Bool, narrowed: Bool) {
    switch (old, new) {
    case (.all, .all): return (false, allNarrowed)
    case (.list(let before), .list(let after)) where before == after: return (false, false)
    default:
      let before = set(old, inNew: false)
      let after = set(new, inNew: true)
      return (!after.isSubset(of: before), before.contains { !covered($0, by: after) })
    }
  }

  /// The townships of `old` an item no longer applies in under `new`, sorted.
  func lost(from old: TownshipScope, to new: TownshipScope) -> [String] {
    let after = set(new, inNew: true)
    return set(old, inNew: false).filter { !covered($0, by: after) }.sorted()
  }
}
