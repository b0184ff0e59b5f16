import QingdanCore

/// `assets/search-index.js`: the prebuilt index the search reads. It is a script rather than JSON so that the
/// guide searches when opened straight from disk (`file://`), where browsers refuse to fetch JSON.
struct SearchIndex: PartedFile {
  let publication: Publication

  /// What people type for the benefits the rules know, which item names often spell out in full.
  static let benefitAliases = [
    "dibao": "低保 最低生活保障", "poverty-aid": "贫困补助 特困 救助", "farm-subsidy": "农业补贴 农业支持保护补贴 惠农补贴",
  ]

  /// The start of the script, one unit per item, the end.
  var unitCount: Int { publication.items.count + 2 }

  func render(_ units: Range<Int>) -> [UInt8] {
    var out = ByteBuffer(capacity: 400 * units.count)
    for unit in units {
      switch unit {
      case 0: out.append("// 由 qingdan 生成的搜索索引。\nwindow.QINGDAN_SEARCH = [\n")
      case unitCount - 1: out.append("];\n")
      default:
        entry(at: unit - 1, into: &out)
        out.append(unit == publication.items.count ? "\n" : ",\n")
      }
    }
    return out.array
  }

  private func entry(at position: Int, into out: inout ByteBuffer) {
    let item = publication.items[position]
    var keywords = [item.group, item.list.itemNoun]
    // Where the item applies and who handles it, as its page words them.
    for fact in publication.facts(at: position)
    where fact.column == TableColumns.townships || fact.column == TableColumns.office {
      if case .text(let text) = fact.value { keywords.append(text) }
    }
    switch item {
    case .power(let power):
      keywords += power.basis.map(\.law)
      if let department = power.department { keywords.append(publication.departmentName(department)) }
    case .service(let service):
      keywords += service.basis.map(\.law)
      if let object = service.object { keywords.append(object) }
      if let benefit = service.benefit, let aliases = Self.benefitAliases[benefit] { keywords.append(aliases) }
      if service.proxy == .forbidden { keywords.append("不得代办 不得代领") }
    case .village(let matter):
      if let type = matter.agreement?.type { keywords.append(type.rawValue) }
    }
    out.append("  {\"c\": ")
    JSONText.append(item.code, scriptSafe: true, to: &out)
    out.append(", \"n\": ")
    JSONText.append(item.name, scriptSafe: true, to: &out)
    out.append(", \"g\": ")
    JSONText.append(item.list.itemNoun + " · " + item.group, scriptSafe: true, to: &out)
    out.append(", \"u\": ")
    JSONText.append(publication.itemPath(at: position), scriptSafe: true, to: &out)
    out.append(", \"k\": ")
    JSONText.append(keywords.joined(separator: " "), scriptSafe: true, to: &out)
    out.append("}")
  }
}
