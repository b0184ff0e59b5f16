import QingdanCore

/// `handbook.html`: the print edition WeasyPrint typesets into `handbook.pdf` — a cover, a table of contents with
/// page numbers, one chapter per list and one per township.
struct HandbookPage: PartedFile {
  let publication: Publication

  var unitCount: Int { publication.handbookPartCount }

  func render(_ units: Range<Int>) -> [UInt8] {
    var html = HTMLWriter(capacity: 1024 * units.count)
    for unit in units {
      switch publication.handbookPart(unit) {
      case .start: start(&html)
      case .entry(let entry): write(entry, into: &html)
      case .townshipsStart: break
      case .township(let township): townshipChapter(township, into: &html)
      case .end:
        html.close(.body)
        html.close(.html)
        html.endDocument()
      }
    }
    return html.written
  }

  private func start(_ html: inout HTMLWriter) {
    let title = "\(publication.countyName)乡镇权责清单和公共服务事项清单"
    html.startDocument()
    html.open(.html, [("lang", "zh-CN")])
    html.element(.head) { html in
      html.open(.meta, [("charset", "utf-8")])
      html.open(.meta, [("http-equiv", "Content-Security-Policy"), ("content", PageLayout.contentSecurityPolicy)])
      html.element(.title, text: title + (publication.county.map { "（\($0.edition)）" } ?? ""))
      html.open(.meta, [("name", "author"), ("content", publication.county?.publisher ?? "")])
      html.open(.link, [("rel", "stylesheet"), ("href", "assets/handbook.css")])
    }
    html.open(.body, class: publication.draft ? "handbook draft" : "handbook")
    cover(title, into: &html)
    contents(&html)
  }

  private func cover(_ title: String, into html: inout HTMLWriter) {
    let county = publication.county
    html.element(.section, class: "cover") { html in
      html.element(.p, class: "edition", text: county?.edition ?? "")
      html.element(.h1, class: "cover-title", text: title)
      if publication.draft { html.element(.p, class: "draft-mark", text: "草稿 · 仅供内部校对，不得对外公布") }
      html.facts(
        [
          ("批准文件", county?.approval?.document), ("批准日期", county?.approval?.date.map(Wording.date)),
          ("施行日期", county?.effective.map(Wording.date)), ("发布单位", county?.publisher),
        ], class: "cover-facts")
    }
  }

  private func contents(_ html: inout HTMLWriter) {
    let entries =
      PublishedList.allCases.map { ($0.title, "list-\($0.rawValue)") }
      + publication.catalog.townships.map { ($0.name, "township-\($0.id)") }
    html.element(.nav, class: "toc") { html in
      html.element(.h1, class: "toc-title", text: "目录")
      html.element(.ul) { html in
        for (title, anchor) in entries {
          html.element(.li) { $0.link(title, href: "#\(anchor)") }
        }
      }
    }
  }

  private func write(_ entry: OutlineEntry, into html: inout HTMLWriter) {
    switch entry {
    case .listStart(let list, let count):
      html.open(.section, class: "chapter")
      html.element(.h1, id: "list-\(list.rawValue)", text: list.title)
      html.element(.p, class: "lead", text: "共 \(count) 项。")
    case .groupStart(let group, let count): html.element(.h2, text: "\(group)（\(count) 项）")
    case .item(let position): item(at: position, into: &html)
    case .groupEnd: break
    case .listEnd: html.close(.section)
    }
  }

  private func item(at position: Int, into html: inout HTMLWriter) {
    let item = publication.items[position]
    html.element(.div, class: "item") { html in
      html.element(.h3, text: "\(item.code)　\(item.name)")
      if case .service(let service) = item, service.proxy == .forbidden {
        html.element(.p, class: "notice", text: "本事项不得代办、代领，须由申请人本人（或其家庭成员）直接办理。")
      }
      if publication.draft {
        for diagnostic in publication.diagnostics(code: item.code) {
          html.element(.p, class: "diagnostic", text: "【\(diagnostic.severity.chinese)】\(diagnostic.message)")
        }
      }
      html.element(.table, class: "facts") { html in
        html.element(.tbody) { html in
          for fact in publication.factsWithoutIdentity(at: position) {
            html.element(.tr) { html in
              html.open(.th, [("scope", "row")])
              html.text(fact.label)
              html.close(.th)
              html.element(.td) { ItemPage.value(fact.value, into: &$0) }
            }
          }
        }
      }
    }
  }

  private func townshipChapter(_ township: Township, into html: inout HTMLWriter) {
    let items = publication.items(for: township)
    html.element(.section, class: "chapter") { html in
      html.element(.h1, id: "township-\(township.id)", text: township.name)
      let lead: [String?] = [township.kind?.rawValue, "行政区划代码 \(township.code)", township.pilot ? "行政管理体制改革试点" : nil]
      html.element(.p, class: "lead", text: lead.compactMap { $0 }.joined(separator: " · "))
      if !publication.listsEverywhereItemsPerTownship {
        html.element(
          .p, class: "lead",
          text: "另有 \(publication.everywhereCount) 项事项适用于全部乡镇（街道），见前面各章；本章列出只适用于部分乡镇、包括本乡镇的事项。")
      }
      html.element(.h2, text: "党政办事机构（\(township.offices.count) 个）")
      html.list(
        township.offices.map { office in
          office.name + (office.plaques.isEmpty ? "" : "（加挂\(office.plaques.joined(separator: "、"))牌子）")
        })
      html.element(.h2, text: "事业站所（\(township.stations.count) 个）")
      html.list(township.stations.map(\.name))
      if !township.dispatched.isEmpty {
        html.element(.h2, text: "县直部门派驻机构")
        html.list(township.dispatched.map { "\($0.name)（\(publication.departmentName($0.department))）" })
      }
      for list in PublishedList.allCases {
        let listed = items.filter { $0.list == list }
        guard !listed.isEmpty else { continue }
        html.element(.h2, text: "\(list.title)（\(listed.count) 项）")
        html.table(head: ["编码", "事项名称", "类别"], class: "items") { html in
          for item in listed { html.row([item.code, item.name, item.group]) }
        }
      }
    }
  }
}
