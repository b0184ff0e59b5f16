/// `index.html`: the edition, its approval, counts, the search, and links to every township and item.
struct IndexPage {
  let publication: Publication

  func render() -> String {
    let layout = PageLayout(publication: publication, root: "")
    var main: [HTMLNode] = [H.heading(1, layout.siteTitle), edition]
    if let diagnostics = layout.diagnostics(publication.otherDiagnostics) { main.append(diagnostics) }
    main += [
      H.el(
        "section",
        [HTMLAttribute("id", "search-results"), HTMLAttribute("class", "search-results"), HTMLAttribute("hidden", "")],
        [H.heading(2, "搜索结果"), H.p("", class: "search-count"), H.el("ol", H.attrs(id: "results"))]),
      counts, townships,
    ]
    let links = ItemLinks(publication: publication, root: "")
    main += PublishedList.allCases.map { links.section($0, publication.items(in: $0), empty: "本版清单没有此类事项。") }
    return layout.page(title: "首页", main: main, scripts: ["assets/search-index.js", "assets/search.js"])
  }

  private var edition: HTMLNode {
    let county = publication.county
    return H.facts([
      ("版次", county.map { .text($0.edition) }),
      ("施行日期", county?.effective.map { .text(Wording.date($0)) }),
      ("批准文件", county?.approval.map { .text(Wording(publication).approval($0)) }),
      ("发布单位", county?.publisher.map { .text($0) }),
      ("本版调整", publication.changes.map { .fragment([H.a("\($0.changes.count) 处变化", href: "changes.html")]) }),
    ])
  }

  private var counts: HTMLNode {
    let powers = publication.items(in: .powers)
    let services = publication.items(in: .services)
    let sections = PublishedList.allCases.map { list in
      [H.a(list.title, href: "#\(list.rawValue)"), H.text("\(publication.items(in: list).count) 项")]
    }
    let byGroup = { (items: [PublishedItem]) in
      Publication.grouped(items).map { [H.text($0.0), H.text("\($0.1.count) 项")] }
    }
    let byTownship = publication.catalog.townships.map { township in
      [
        H.a(township.name, href: publication.townshipPath(township.id)),
        H.text("\(publication.itemCount(for: township)) 项"),
      ]
    }
    return H.section(
      class: "counts", id: "counts",
      [
        H.heading(2, "事项统计"),
        H.div(
          class: "count-tables",
          [
            H.table(head: ["清单", "事项数"], rows: sections),
            H.table(head: ["权力类别", "事项数"], rows: byGroup(powers)),
            H.table(head: ["服务领域", "事项数"], rows: byGroup(services)),
            H.table(head: ["乡镇（街道）", "适用事项数"], rows: byTownship),
          ]),
      ])
  }

  private var townships: HTMLNode {
    H.section(
      id: "townships",
      [
        H.heading(2, "乡镇（街道）"),
        H.ul(
          class: "township-list",
          publication.catalog.townships.map { township in
            .fragment([
              H.a(township.name, href: publication.townshipPath(township.id)),
              H.span(township.kind.map { " \($0.rawValue)" } ?? "", class: "meta"),
            ])
          }),
      ])
  }

}

/// A list of links to item pages with their codes.
struct ItemLinks {
  let publication: Publication
  let root: String

  /// One list's section: its title and count, then its items under their groups.
  func section(_ list: PublishedList, _ items: [PublishedItem], empty: String) -> HTMLNode {
    var children: [HTMLNode] = [H.heading(2, "\(list.title)（\(items.count) 项）")]
    if items.isEmpty { children.append(H.p(empty)) }
    for (group, grouped) in Publication.grouped(items) {
      children.append(H.heading(3, "\(group)（\(grouped.count) 项）"))
      children.append(self.list(grouped))
    }
    return H.section(class: "list", id: list.rawValue, children)
  }

  func list(_ items: [PublishedItem]) -> HTMLNode {
    H.ul(
      class: "items",
      items.map { item in
        .fragment([
          H.span(item.code, class: "code"),
          H.a(item.name.isEmpty ? item.code : item.name, href: root + publication.itemPath(item.code)),
          flag(item),
        ])
      })
  }

  /// Tags after an item's link: changed in this edition, not to be handled by proxy, still to be corrected.
  private func flag(_ item: PublishedItem) -> HTMLNode {
    var tags: [HTMLNode] = []
    if let change = publication.changesByCode[item.code] {
      tags.append(H.span(change.kinds == [.added] ? "新增" : "调整", class: "tag change"))
    }
    if case .service(let service) = item, service.proxy == .forbidden {
      tags.append(H.span("不得代办", class: "tag no-proxy"))
    }
    if publication.draft, !(publication.diagnosticsByCode[item.code] ?? []).isEmpty {
      tags.append(H.span("待改正", class: "tag draft"))
    }
    return .fragment(tags)
  }
}
