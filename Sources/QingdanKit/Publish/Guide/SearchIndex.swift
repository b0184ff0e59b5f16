/// `assets/search-index.js`: the prebuilt index the search reads. It is a script rather than JSON so that the
/// guide searches when opened straight from disk (`file://`), where browsers refuse to fetch JSON.
struct SearchIndex {
  let publication: Publication

  /// What people type for the benefits the rules know, which item names often spell out in full.
  static let benefitAliases = [
    "dibao": "低保 最低生活保障", "poverty-aid": "贫困补助 特困 救助", "farm-subsidy": "农业补贴 农业支持保护补贴 惠农补贴",
  ]

  func render() -> String {
    let wording = Wording(publication)
    var out = "// 由 qingdan 生成的搜索索引。\nwindow.QINGDAN_SEARCH = [\n"
    for (position, item) in publication.items.enumerated() {
      var keywords = [item.group, item.list.itemNoun, wording.scope(item.townships)]
      if let office = wording.office(item.office, item.townships) { keywords.append(office) }
      switch item {
      case .power(let power):
        keywords += power.basis.map(\.law)
        if let department = power.department { keywords.append(publication.index.departmentName(department)) }
      case .service(let service):
        keywords += service.basis.map(\.law)
        if let object = service.object { keywords.append(object) }
        if let benefit = service.benefit, let aliases = Self.benefitAliases[benefit] { keywords.append(aliases) }
        if service.proxy == .forbidden { keywords.append("不得代办 不得代领") }
      case .village(let matter):
        if let type = matter.agreement?.type { keywords.append(type.rawValue) }
      }
      let fields = [
        "\"c\": " + JSONText.quoted(item.code), "\"n\": " + JSONText.quoted(item.name),
        "\"g\": " + JSONText.quoted(item.list.itemNoun + " · " + item.group),
        "\"u\": " + JSONText.quoted(publication.itemPath(item.code)),
        "\"k\": " + JSONText.quoted(keywords.joined(separator: " ")),
      ]
      // `<` is escaped so that no text can close a script element, however the file is included.
      let line = "  {" + fields.joined(separator: ", ") + "}"
      out += line.utf8.contains(UInt8(ascii: "<")) ? line.replacingOccurrences(of: "<", with: "\\u003c") : line
      out += position == publication.items.count - 1 ? "\n" : ",\n"
    }
    return out + "];\n"
  }
}
