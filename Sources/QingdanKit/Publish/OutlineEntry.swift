/// One step through the three lists as the index page, the handbook and the Markdown handbook show them: each list,
/// its groups (`Publication.grouped`), their items. Each of these files is the same walk with different markup,
/// and a walk of flat steps can be cut anywhere, so that a big file is rendered in parts on every core.
enum OutlineEntry: Sendable {
  case listStart(PublishedList, count: Int)
  case groupStart(String, count: Int)
  case item(PublishedItem)
  case groupEnd
  case listEnd(PublishedList)
}

extension Publication {
  static func outline(_ items: [PublishedItem]) -> [OutlineEntry] {
    var entries: [OutlineEntry] = []
    entries.reserveCapacity(items.count + 64)
    for list in PublishedList.allCases {
      let listed = items.filter { $0.list == list }
      entries.append(.listStart(list, count: listed.count))
      for (group, grouped) in grouped(listed) {
        entries.append(.groupStart(group, count: grouped.count))
        entries += grouped.map(OutlineEntry.item)
        entries.append(.groupEnd)
      }
      entries.append(.listEnd(list))
    }
    return entries
  }

  /// Each list's groups and their numbers of items, from the outline.
  func groupCounts(_ list: PublishedList) -> [(String, Int)] {
    var counts: [(String, Int)] = []
    var current: PublishedList?
    for entry in outline {
      switch entry {
      case .listStart(let started, _): current = started
      case .groupStart(let group, let count) where current == list: counts.append((group, count))
      default: continue
      }
    }
    return counts
  }

  /// The number of items in `list`.
  func count(_ list: PublishedList) -> Int {
    for case .listStart(list, let count) in outline { return count }
    return 0
  }
}

/// One part of the handbook, in print (`handbook.html`) and in Markdown (`handbook.md`): its start (title, edition,
/// contents), one step through the lists, the start of the townships' part, one township, its end. Both editions
/// walk the same parts with different markup, and a parted file is cut between them.
enum HandbookPart {
  case start
  case entry(OutlineEntry)
  case townshipsStart
  case township(Township)
  case end
}

extension Publication {
  var handbookPartCount: Int { outline.count + catalog.townships.count + 3 }

  /// The part numbered `unit`, from 0.
  func handbookPart(_ unit: Int) -> HandbookPart {
    let townshipsStart = outline.count + 1
    switch unit {
    case 0: return .start
    case 1..<townshipsStart: return .entry(outline[unit - 1])
    case townshipsStart: return .townshipsStart
    case handbookPartCount - 1: return .end
    default: return .township(catalog.townships[unit - townshipsStart - 1])
    }
  }
}
