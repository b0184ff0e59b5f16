import QingdanCore

/// `index.html`: the edition, its approval, counts, the search, and links to every township and item.
struct IndexPage: PartedFile {
  let publication: Publication

  private var layout: PageLayout { PageLayout(publication: publication, root: "") }
  private var links: ItemLinks { ItemLinks(publication: publication, root: "", empty: "本版清单没有此类事项。") }

  /// The page before the lists, one unit per step through the lists, the end of the page.
  var unitCount: Int { publication.outline.count + 2 }

  func render(_ units: Range<Int>) -> [UInt8] {
    var html = HTMLWriter(capacity: 128 * units.count)
    for unit in units {
      switch unit {
      case 0: head(&html)
      case unitCount - 1: html.append(layout.frame(search: true).afterMain)
      default: links.write(publication.outline[unit - 1], into: &html)
      }
    }
    return html.written
  }

  private func head(_ html: inout HTMLWriter) {
    layout.start(title: "首页", layout.frame(search: true), into: &html)
    html.element(.h1, text: layout.siteTitle)
    edition(&html)
    layout.diagnostics(publication.otherDiagnostics, into: &html)
    html.open(.section, [("id", "search-results"), ("class", "search-results"), ("hidden", "")])
    html.element(.h2, text: "搜索结果")
    html.element(.p, class: "search-count", text: "")
    html.element(.ol, id: "results") { _ in }
    html.close(.section)
    counts(&html)
    townships(&html)
  }

  private func edition(_ html: inout HTMLWriter) {
    let county = publication.county
    html.element(.dl, class: "facts") { html in
      let rows = [
        ("版次", county?.edition), ("施行日期", county?.effective.map(Wording.date)),
        ("批准文件", county?.approval.map(Wording(publication.names).approval)), ("发布单位", county?.publisher),
      ]
      for case (let label, let value?) in rows {
        html.element(.dt, text: label)
        html.element(.dd, text: value)
      }
      if let changes = publication.changes {
        html.element(.dt, text: "本版调整")
        html.element(.dd) { $0.link("\(changes.changes.count) 处变化", href: "changes.html") }
      }
    }
  }

  private func counts(_ html: inout HTMLWriter) {
    html.element(.section, id: "counts", class: "counts") { html in
      html.element(.h2, text: "事项统计")
      html.element(.div, class: "count-tables") { html in
        html.table(head: ["清单", "事项数"]) { html in
          for list in PublishedList.allCases {
            html.element(.tr) { html in
              html.element(.td) { $0.link(list.title, href: "#\(list.rawValue)") }
              html.element(.td, text: "\(publication.count(list)) 项")
            }
          }
        }
        html.table(head: ["权力类别", "事项数"]) { html in
          for (group, count) in publication.groupCounts(.powers) { html.row([group, "\(count) 项"]) }
        }
        html.table(head: ["服务领域", "事项数"]) { html in
          for (group, count) in publication.groupCounts(.services) { html.row([group, "\(count) 项"]) }
        }
        html.table(head: ["乡镇（街道）", "适用事项数"]) { html in
          for township in publication.catalog.townships {
            html.element(.tr) { html in
              html.element(.td) { $0.link(township.name, href: publication.townshipPath(township.id)) }
              html.element(.td, text: "\(publication.itemCount(for: township)) 项")
            }
          }
        }
      }
    }
  }

  private func townships(_ html: inout HTMLWriter) {
    html.element(.section, id: "townships") { html in
      html.element(.h2, text: "乡镇（街道）")
      html.element(.ul, class: "township-list") { html in
        for township in publication.catalog.townships {
          html.element(.li) { html in
            html.link(township.name, href: publication.townshipPath(township.id))
            html.element(.span, class: "meta", text: township.kind.map { " \($0.rawValue)" } ?? "")
          }
        }
      }
    }
  }
}
