import QingdanCore

/// One step through the three lists as the index page, the handbook and the Markdown handbook show them: each list,
/// its groups (`Publication.grouped`), their items. Each of these files is the same walk with different markup,
/// and a walk of flat steps can be cut anywhere, so that a big file is rendered in parts on every core.
enum OutlineEntry: Sendable {
  case listStart(PublishedList, count: Int)
  case groupStart(String, count: Int)
  /// An item, by its position in `Publication.items`.
  case item(Int)
  case groupEnd
  case listEnd(PublishedList)
}

extension Publication {
  /// The walk through the three lists over the items at `positions` (ascending): every list, even an empty one;
  /// the groups of the items there; the items. `items` is in this order already, so that each list's and each
  /// group's items come one after the other.
  static func outline(_ items: [PublishedItem], positions: some Collection<Int>) -> [OutlineEntry] {
    var entries: [OutlineEntry] = []
    entries.reserveCapacity(positions.count + 64)
    var next = positions.startIndex
    for list in PublishedList.allCases {
      let listStart = entries.count
      entries.append(.listStart(list, count: 0))
      var group: (start: Int, name: String)?
      var count = 0
      while next != positions.endIndex, case let item = items[positions[next]], item.list == list {
        let name = item.group
        if group?.name != name {
          if let group { Self.close(group, in: &entries) }
          group = (entries.count, name)
          entries.append(.groupStart(name, count: 0))
        }
        entries.append(.item(positions[next]))
        count += 1
        positions.formIndex(after: &next)
      }
      if let group { Self.close(group, in: &entries) }
      entries[listStart] = .listStart(list, count: count)
      entries.append(.listEnd(list))
    }
    return entries
  }

  /// Ends the group that starts at `group.start`, its number of items now known.
  private static func close(_ group: (start: Int, name: String), in entries: inout [OutlineEntry]) {
    entries[group.start] = .groupStart(group.name, count: entries.count - group.start - 1)
    entries.append(.groupEnd)
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
