import QingdanCore

/// Everything the guide, the handbook and the table are made from: one checked catalog, its items in list
/// order, their page names, and — for a draft — the diagnostics to show beside them. A class, so that the many
/// renderers that hold it share one copy rather than retaining each of its tables.
public final class Publication: Sendable {
  public let catalog: Catalog
  public let index: CatalogIndex
  /// The items: each list's, under its groups (`grouped`), in the order of their codes within a group.
  public let items: [PublishedItem]
  /// Item code → page file name under `items/`.
  public let pageNames: [String: String]
  /// Each item's page path relative to the site root, by its position in `items`.
  private let pagePathByPosition: [String]
  /// Whether this is a draft built from a catalog with errors.
  public let draft: Bool
  public let diagnosticsByCode: [String: [Diagnostic]]
  public let diagnosticsByTownship: [String: [Diagnostic]]
  /// Diagnostics about neither an item nor a township.
  public let otherDiagnostics: [Diagnostic]
  /// What changed since an earlier edition (`build --since`), if asked.
  public let changes: EditionDiff?
  /// The item changes by (new) item code.
  public let changesByCode: [String: Change]
  /// Positions in `items` of the items for all townships, and of those listed for each township.
  private let everywhere: [Int]
  private let listed: [String: [Int]]
  /// What ids in the catalog stand for.
  let names: PublicationNames
  /// Every item's facts (`ItemFacts`) by its position in `items`, worked out once for the pages, the handbooks,
  /// the table and the search index.
  private let factsByPosition: [[ItemFact]]
  /// The three lists with their groups and items, in the order every publication shows them.
  let outline: [OutlineEntry]
  /// The guide pages' shared frames, rendered on first use.
  let frames = PageFrames()

  /// Above this many items for all townships, township pages and chapters list only their own items and point
  /// to the county-wide lists: otherwise a province-scale catalog would print every such item once per
  /// township (hundreds of thousands of items times a thousand townships).
  public static let inlineLimit = 2_000

  public init(result: CheckResult, draft: Bool, changes: EditionDiff? = nil) {
    var catalog = result.loaded.catalog
    // Townships are published in the order of their codes (街道 first, as official lists are), not file order.
    catalog.townships = catalog.townships.enumerated().sorted {
      ($0.element.code, $0.offset) < ($1.element.code, $1.offset)
    }
    .map(\.element)
    self.catalog = catalog
    index = CatalogIndex(catalog)
    // Each list in the order of its codes, as official lists are numbered, under its groups: the order of the
    // handbook, the index, the table and the search index alike, so that the build renders each item's share of
    // every file at the same time (`StagingWriter.schedule`).
    let codeOrder = [
      Self.byCode(catalog.powers).map(PublishedItem.power), Self.byCode(catalog.services).map(PublishedItem.service),
      Self.byCode(catalog.villageMatters).map(PublishedItem.village),
    ]
    items = codeOrder.flatMap { Self.grouped($0).flatMap(\.1) }
    var unitNames: [String: [String]] = [:]
    for township in catalog.townships {
      for (id, name) in township.offices.map({ ($0.id, $0.name) }) + township.stations.map({ ($0.id, $0.name) })
      where !(unitNames[id]?.contains(name) ?? false) {
        unitNames[id, default: []].append(name)
      }
    }
    let townshipsByID = index.townshipsByID
    let names = PublicationNames(
      unitNamesEverywhere: unitNames.mapValues { $0.joined(separator: "、") },
      unitNamesByTownship: townshipsByID.mapValues { township in
        var names: [String: String] = [:]
        for office in township.offices where names[office.id] == nil { names[office.id] = office.name }
        for station in township.stations where names[station.id] == nil { names[station.id] = station.name }
        return names
      },
      townshipNames: townshipsByID.mapValues(\.name),
      departmentNames: index.departmentsByID.mapValues(\.name),
      servicesByCode: Dictionary(catalog.services.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first }))
    self.names = names
    // The outline, the page names and the items of each township (each worked out on one thread) are put together
    // while the facts are worked out a slice of items at a time on every core: on one thread, they were a third of
    // a second of a province build's serial start.
    let items = self.items
    let slice = 1024
    let slices = (items.count + slice - 1) / slice
    let prepared = Parallel.map(Array(0..<slices + 3)) { job -> Prepared in
      switch job {
      case 0: return .outline(Self.outline(items, positions: items.indices))
      case 1:
        // Numbered suffixes for codes that would give the same name follow the order of the codes.
        let names = PageNames.assign(codeOrder.flatMap { $0.map(\.code) })
        return .pageNames(
          names,
          paths: items.map { PageNames.itemPath(names[$0.code] ?? PageNames.safe($0.code), itemCount: items.count) })
      case 2: return Self.scopes(items)
      default:
        let facts = ItemFacts(names)
        return .facts(items[(job - 3) * slice..<min(items.count, (job - 2) * slice)].map(facts.facts))
      }
    }
    var factsByPosition: [[ItemFact]] = []
    factsByPosition.reserveCapacity(items.count)
    var (outline, pageNames, pagePathByPosition) = ([OutlineEntry](), [String: String](), [String]())
    var (everywhere, listed) = ([Int](), [String: [Int]]())
    for part in prepared {
      switch part {
      case .facts(let facts): factsByPosition += facts
      case .outline(let entries): outline = entries
      case .pageNames(let names, let paths): (pageNames, pagePathByPosition) = (names, paths)
      case .scopes(let all, let byTownship): (everywhere, listed) = (all, byTownship)
      }
    }
    self.factsByPosition = factsByPosition
    self.outline = outline
    self.pageNames = pageNames
    self.pagePathByPosition = pagePathByPosition
    self.everywhere = everywhere
    self.listed = listed
    self.draft = draft
    let shown = draft ? result.diagnostics.filter { !$0.waived } : []
    diagnosticsByCode = Dictionary(grouping: shown.filter { $0.code != nil }, by: { $0.code! })
    diagnosticsByTownship = Dictionary(
      grouping: shown.filter { $0.code == nil && $0.township != nil }, by: { $0.township! })
    otherDiagnostics = shown.filter { $0.code == nil && $0.township == nil }
    self.changes = changes
    let itemSections: Set<ChangeSection> = [.powers, .services, .villageMatters]
    changesByCode = Dictionary(
      (changes?.changes ?? []).filter { itemSections.contains($0.section) && !$0.inOldEdition }.map { ($0.code, $0) },
      uniquingKeysWith: { first, _ in first })
  }

  public var county: County? { catalog.county }

  /// `德江县`, or a neutral title when the catalog has no county.
  public var countyName: String { county?.name ?? "本县" }

  public func items(in list: PublishedList) -> [PublishedItem] {
    items.filter { $0.list == list }
  }

  /// The change to the item with `code`, when built with `--since`.
  func change(_ code: String) -> Change? { changesByCode.isEmpty ? nil : changesByCode[code] }

  /// The diagnostics shown beside the item with `code` in a draft.
  func diagnostics(code: String) -> [Diagnostic] {
    diagnosticsByCode.isEmpty ? [] : diagnosticsByCode[code] ?? []
  }

  /// The name a department id stands for, or the id itself.
  func departmentName(_ id: String) -> String { names.departmentName(id) }

  /// The facts of the item at `position` in `items`, with its list, code and name first (`ItemFacts`).
  public func facts(at position: Int) -> [ItemFact] { factsByPosition[position] }

  /// The facts of the item at `position` without its list, code and name, which pages show as headings.
  func factsWithoutIdentity(at position: Int) -> ArraySlice<ItemFact> {
    factsByPosition[position].dropFirst(ItemFacts.identityCount)
  }

  /// What `init` works out at the same time: the facts of a slice of items, the outline, the page names and the
  /// items of each township.
  private enum Prepared: Sendable {
    case facts([[ItemFact]])
    case outline([OutlineEntry])
    case pageNames([String: String], paths: [String])
    case scopes(everywhere: [Int], listed: [String: [Int]])
  }

  /// The positions of the items for all townships, and of those listed for each township.
  private static func scopes(_ items: [PublishedItem]) -> Prepared {
    var everywhere: [Int] = []
    var listed: [String: [Int]] = [:]
    for (position, item) in items.enumerated() {
      switch item.townships {
      case .all: everywhere.append(position)
      case .list(let ids): for id in Set(ids) { listed[id, default: []].append(position) }
      }
    }
    return .scopes(everywhere: everywhere, listed: listed)
  }

  /// The number of items that apply to `township`.
  public func itemCount(for township: Township) -> Int { everywhere.count + (listed[township.id]?.count ?? 0) }

  /// Whether township pages list the items for all townships too (see `inlineLimit`).
  public var listsEverywhereItemsPerTownship: Bool { everywhere.count <= Self.inlineLimit }

  /// The number of items for all townships.
  public var everywhereCount: Int { everywhere.count }

  /// The positions in `items` of the items that apply to `township`, in order — only those listed for it when the
  /// items for all townships are too many to repeat on every township's page.
  public func positions(for township: Township) -> [Int] {
    let own = listed[township.id] ?? []
    guard listsEverywhereItemsPerTownship else { return own }
    var positions: [Int] = []
    positions.reserveCapacity(everywhere.count + own.count)
    var (a, b) = (0, 0)
    while a < everywhere.count || b < own.count {
      if b == own.count || (a < everywhere.count && everywhere[a] < own[b]) {
        positions.append(everywhere[a])
        a += 1
      } else {
        positions.append(own[b])
        b += 1
      }
    }
    return positions
  }

  /// The items that apply to `township` (see `positions(for:)`).
  public func items(for township: Township) -> [PublishedItem] { positions(for: township).map { items[$0] } }

  /// The walk through the lists over the items that apply to `township` (see `positions(for:)`).
  func outline(for township: Township) -> [OutlineEntry] {
    Self.outline(items, positions: positions(for: township))
  }

  /// Page path of an item relative to the site root: `items/<name>.html`, or `items/<folder>/<name>.html` in a
  /// guide of more than `PageNames.folderLimit` items.
  public func itemPath(_ code: String) -> String {
    PageNames.itemPath(pageNames[code] ?? PageNames.safe(code), itemCount: items.count)
  }

  /// Page path of the item at `position` in `items`, relative to the site root.
  public func itemPath(at position: Int) -> String { pagePathByPosition[position] }

  /// How an item page reaches the site root: `../`, or `../../` from the subfolders of a large guide.
  var itemPageRoot: String { PageNames.inFolders(itemCount: items.count) ? "../../" : "../" }

  /// Page path of a township relative to the site root.
  public func townshipPath(_ id: String) -> String { "townships/" + PageNames.safe(id) + ".html" }

  /// `items` grouped by their group: powers in the official order of categories, other groups in order of first
  /// appearance.
  public static func grouped(_ items: [PublishedItem]) -> [(String, [PublishedItem])] {
    var order: [String] = []
    var groups: [String: [PublishedItem]] = [:]
    for item in items {
      if groups[item.group] == nil { order.append(item.group) }
      groups[item.group, default: []].append(item)
    }
    let rank = { (group: String) in PowerCategory.allCases.firstIndex { $0.rawValue == group } ?? Int.max }
    return order.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
      .map { ($0.element, groups[$0.element]!) }
  }

  private static func byCode<Item: CatalogItem>(_ items: [Item]) -> [Item] {
    // Most catalogs keep their items in code order already.
    if zip(items, items.dropFirst()).allSatisfy({ $0.code <= $1.code }) { return items }
    return items.enumerated().sorted { ($0.element.code, $0.offset) < ($1.element.code, $1.offset) }.map(\.element)
  }
}
