import QingdanCore

/// `changes.html` (`build --since`): what changed since the earlier edition, by kind, with links to the items.
struct ChangesPage {
  let publication: Publication

  func render() -> [UInt8] {
    let layout = PageLayout(publication: publication, root: "")
    guard let diff = publication.changes else { return layout.page(title: "本版调整", search: false) { _ in } }
    let wording = ChangeWording(diff)
    let oldEdition = diff.old.catalog.county?.edition ?? diff.oldName
    return layout.page(title: "本版调整") { html in
      html.element(.nav, class: "breadcrumb") { html in
        html.link("首页", href: "index.html")
        html.text(" › 本版调整")
      }
      html.element(.h1, text: "本版调整")
      html.element(.p, text: "与\(oldEdition)相比，本版共有 \(diff.changes.count) 处变化。")
      for kind in ChangeKind.allCases {
        let changes = diff.changes.filter { $0.kinds.contains(kind) }
        guard !changes.isEmpty else { continue }
        html.element(.section, id: kind.rawValue, class: "changes") { html in
          html.element(.h2, text: "\(kind.chinese)（\(changes.count)）")
          html.table(head: ["类别", "编码", "名称", "说明"]) { html in
            for change in changes {
              html.element(.tr) { html in
                html.element(.td, text: change.section.chinese)
                html.element(.td, text: change.code)
                html.element(.td) { html in
                  if publication.changesByCode[change.code] != nil && !change.inOldEdition {
                    html.link(change.name, href: publication.itemPath(change.code))
                  } else {
                    html.text(change.name)
                  }
                }
                html.element(.td, text: wording.detail(change, kind))
              }
            }
          }
        }
      }
    }
  }
}
