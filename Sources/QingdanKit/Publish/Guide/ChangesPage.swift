/// `changes.html` (`build --since`): what changed since the earlier edition, by kind, with links to the items.
struct ChangesPage {
  let publication: Publication

  func render() -> String {
    let layout = PageLayout(publication: publication, root: "")
    guard let diff = publication.changes else { return layout.page(title: "本版调整", main: []) }
    let wording = ChangeWording(diff)
    let oldEdition = diff.old.catalog.county?.edition ?? diff.oldName
    var main: [HTMLNode] = [
      H.el("nav", H.attrs(class: "breadcrumb"), [H.a("首页", href: "index.html"), .text(" › 本版调整")]),
      H.heading(1, "本版调整"),
      H.p("与\(oldEdition)相比，本版共有 \(diff.changes.count) 处变化。"),
    ]
    for kind in ChangeKind.allCases {
      let changes = diff.changes.filter { $0.kinds.contains(kind) }
      guard !changes.isEmpty else { continue }
      let rows = changes.map { change -> [HTMLNode] in
        let name: HTMLNode =
          publication.changesByCode[change.code] != nil && !change.inOldEdition
          ? H.a(change.name, href: publication.itemPath(change.code)) : .text(change.name)
        return [H.text(change.section.chinese), H.text(change.code), name, H.text(wording.detail(change, kind))]
      }
      main.append(
        H.section(
          class: "changes", id: kind.rawValue,
          [H.heading(2, "\(kind.chinese)（\(changes.count)）"), H.table(head: ["类别", "编码", "名称", "说明"], rows: rows)]))
    }
    return layout.page(title: "本版调整", main: main, scripts: ["assets/search-index.js", "assets/search.js"])
  }
}
