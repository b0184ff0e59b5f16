/// `handbook.md`: the handbook for people who work in Markdown — the edition, then each list with every item's
/// elements, then each township's organisation.
struct HandbookMarkdown {
  let publication: Publication

  func render() -> String {
    let county = publication.county
    var out = "# \(Self.escape(publication.countyName))乡镇权责清单和公共服务事项清单\n\n"
    if let county {
      var facts = ["- 版次：\(Self.escape(county.edition))"]
      if let effective = county.effective { facts.append("- 施行日期：\(Wording.date(effective))") }
      if let approval = county.approval {
        facts.append("- 批准文件：\(Self.escape(Wording(publication).approval(approval)))")
      }
      if let publisher = county.publisher { facts.append("- 发布单位：\(Self.escape(publisher))") }
      out += facts.joined(separator: "\n") + "\n\n"
    }
    if publication.draft { out += "> **草稿**：本清单尚有未改正的问题，仅供内部校对，不得对外公布。\n\n" }
    let facts = ItemFacts(publication)
    for list in PublishedList.allCases {
      let items = publication.items(in: list)
      out += "## \(list.title)（\(items.count) 项）\n\n"
      for (group, grouped) in Publication.grouped(items) {
        out += "### \(Self.escape(group))\n\n"
        for item in grouped {
          out += "#### \(Self.escape(item.code)) \(Self.escape(item.name))\n\n"
          for fact in facts.facts(item) where !["list", "code", "name"].contains(fact.key) {
            out += Self.line(fact)
          }
          out += "\n"
        }
      }
    }
    out += "## 乡镇（街道）机构设置\n\n"
    for township in publication.catalog.townships {
      out += "### \(Self.escape(township.name))\n\n"
      out += "- 党政办事机构（\(township.offices.count) 个）："
      out += township.offices.map { Self.escape($0.name) }.joined(separator: "、") + "\n"
      out += "- 事业站所（\(township.stations.count) 个）："
      out += township.stations.map { Self.escape($0.name) }.joined(separator: "、") + "\n\n"
    }
    return out
  }

  private static func line(_ fact: ItemFact) -> String {
    switch fact.value {
    case .text(let text): return "- **\(fact.label)**：\(escape(text))\n"
    case .list(let items): return "- **\(fact.label)**：\n" + items.map { "  - \(escape($0))\n" }.joined()
    case .steps(let steps):
      return "- **\(fact.label)**：\n"
        + steps.enumerated().map { "  \($0.offset + 1). \(escape($0.element))\n" }.joined()
    }
  }

  /// Backslash-escapes the characters Markdown gives meaning to inside a line, so catalog text stays text. Values
  /// never start a line (they follow a label or a heading marker), so line-start markers need no escape.
  static func escape(_ text: String) -> String {
    let special = Set("\\`*_[]<>|~\n".utf8)
    guard text.utf8.contains(where: special.contains) else { return text }
    var out = ""
    for character in text {
      if "\\`*_[]<>|~".contains(character) { out.append("\\") }
      out.append(character == "\n" ? " " : character)
    }
    return out
  }
}
