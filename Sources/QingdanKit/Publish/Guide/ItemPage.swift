/// `items/<code>.html`: the 办事指南 of one item.
struct ItemPage {
  let publication: Publication
  let item: PublishedItem

  func render() -> String {
    let layout = PageLayout(publication: publication, root: "../")
    let facts = ItemFacts(publication).facts(item).filter { !["list", "code", "name"].contains($0.key) }
    var main: [HTMLNode] = [
      H.el(
        "nav", H.attrs(class: "breadcrumb"),
        [
          H.a("首页", href: "../index.html"), .text(" › "),
          H.a(item.list.title, href: "../index.html#\(item.list.rawValue)"), .text(" › \(item.code)"),
        ]),
      H.p(item.list.itemNoun + " · " + item.group, class: "kicker"),
      H.heading(1, item.name.isEmpty ? item.code : item.name),
      H.p("事项编码 \(item.code)", class: "code-line"),
    ]
    if let change = publication.changesByCode[item.code] {
      let kinds = change.kinds.map(\.chinese).joined(separator: "、")
      let since = publication.changes.map { "与\($0.old.catalog.county?.edition ?? $0.oldName)相比：" } ?? ""
      main.append(
        H.el(
          "p", H.attrs(class: "change-note"),
          [H.span(change.kinds == [.added] ? "本版新增" : "本版调整", class: "tag change"), .text(" \(since)\(kinds)")]))
    }
    if let notice = proxyNotice { main.append(notice) }
    if let diagnostics = layout.diagnostics(publication.diagnosticsByCode[item.code] ?? []) { main.append(diagnostics) }
    main.append(H.facts(facts.map { ($0.label, Self.node($0.value)) }, class: "facts guide"))
    return layout.page(title: item.name, main: main, scripts: ["assets/search-index.js", "assets/search.js"])
  }

  /// Items that may not be handled or collected by proxy say so before anything else.
  private var proxyNotice: HTMLNode? {
    guard case .service(let service) = item, service.proxy == .forbidden else { return nil }
    return H.div(
      class: "notice no-proxy",
      [
        H.el("strong", [], [.text("本事项不得代办、代领。")]),
        .text("须由符合条件的申请人本人（或其家庭成员）直接办理，任何单位和个人不得代为申请或领取。"),
      ])
  }

  static func node(_ value: FactValue) -> HTMLNode {
    switch value {
    case .text(let text): return .text(text)
    case .list(let items): return items.count == 1 ? .text(items[0]) : H.ul(items.map { .text($0) })
    case .steps(let steps): return H.ol(steps)
    }
  }
}
