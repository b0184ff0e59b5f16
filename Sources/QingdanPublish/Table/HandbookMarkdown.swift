import QingdanCore

/// `handbook.md`: the handbook for people who work in Markdown — the edition, then each list with every item's
/// elements, then each township's organisation.
struct HandbookMarkdown: PartedFile {
  let publication: Publication

  var unitCount: Int { publication.handbookPartCount }

  func render(_ units: Range<Int>) -> [UInt8] {
    var out = ByteBuffer(capacity: 800 * units.count)
    for unit in units {
      switch publication.handbookPart(unit) {
      case .start: head(&out)
      case .entry(let entry): write(entry, into: &out)
      case .townshipsStart: out.append("## 乡镇（街道）机构设置\n\n")
      case .township(let township): self.township(township, into: &out)
      case .end: break
      }
    }
    return out.array
  }

  private func head(_ out: inout ByteBuffer) {
    let county = publication.county
    var text = "# \(Self.escape(publication.countyName))乡镇权责清单和公共服务事项清单\n\n"
    if let county {
      var facts = ["- 版次：\(Self.escape(county.edition))"]
      if let effective = county.effective { facts.append("- 施行日期：\(Wording.date(effective))") }
      if let approval = county.approval {
        facts.append("- 批准文件：\(Self.escape(Wording(publication.names).approval(approval)))")
      }
      if let publisher = county.publisher { facts.append("- 发布单位：\(Self.escape(publisher))") }
      text += facts.joined(separator: "\n") + "\n\n"
    }
    if publication.draft { text += "> **草稿**：本清单尚有未改正的问题，仅供内部校对，不得对外公布。\n\n" }
    out.append(utf8: text)
  }

  private func write(_ entry: OutlineEntry, into out: inout ByteBuffer) {
    switch entry {
    case .listStart(let list, let count): out.append(utf8: "## \(list.title)（\(count) 项）\n\n")
    case .groupStart(let group, _): out.append(utf8: "### \(Self.escape(group))\n\n")
    case .item(let position):
      let item = publication.items[position]
      out.append("#### ")
      Self.escape(item.code, into: &out)
      out.append(" ")
      Self.escape(item.name, into: &out)
      out.append("\n\n")
      for fact in publication.factsWithoutIdentity(at: position) { Self.line(fact, into: &out) }
      out.append("\n")
    case .groupEnd, .listEnd: break
    }
  }

  private func township(_ township: Township, into out: inout ByteBuffer) {
    var text = "### \(Self.escape(township.name))\n\n"
    text += "- 党政办事机构（\(township.offices.count) 个）："
    text += township.offices.map { Self.escape($0.name) }.joined(separator: "、") + "\n"
    text += "- 事业站所（\(township.stations.count) 个）："
    text += township.stations.map { Self.escape($0.name) }.joined(separator: "、") + "\n\n"
    out.append(utf8: text)
  }

  private static func line(_ fact: ItemFact, into out: inout ByteBuffer) {
    out.append("- **")
    out.append(utf8: fact.label)
    out.append("**：")
    switch fact.value {
    case .text(let text):
      escape(text, into: &out)
      out.append("\n")
    case .list(let items):
      out.append("\n")
      for item in items {
        out.append("  - ")
        escape(item, into: &out)
        out.append("\n")
      }
    case .steps(let steps):
      out.append("\n")
      for (number, step) in steps.enumerated() {
        out.append(utf8: "  \(number + 1). ")
        escape(step, into: &out)
        out.append("\n")
      }
    }
  }

  private static func escape(_ text: String) -> String { MarkdownText.escape(text) }

  private static func escape(_ text: String, into out: inout ByteBuffer) {
    if MarkdownText.needsEscape(text) { out.append(utf8: MarkdownText.escape(text)) } else { out.append(utf8: text) }
  }
}
