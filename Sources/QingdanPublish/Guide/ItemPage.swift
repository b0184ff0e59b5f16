import QingdanCore

/// `items/<code>.html` (in a large guide `items/<folder>/<code>.html`, see `PageNames.folder`): the 办事指南 of
/// one item.
struct ItemPage {
  let publication: Publication
  /// The item's position in `publication.items`.
  let position: Int

  func render() -> [UInt8] {
    let layout = PageLayout(publication: publication, root: publication.itemPageRoot)
    let item = publication.items[position]
    let facts = publication.factsWithoutIdentity(at: position)
    return layout.page(title: item.name, capacity: 4096) { html in
      html.element(.nav, class: "breadcrumb") { html in
        html.link("首页", href: layout.root + "index.html")
        html.text(" › ")
        html.link(item.list.title, href: layout.root + "index.html#\(item.list.rawValue)")
        html.text(" › \(item.code)")
      }
      html.element(.p, class: "kicker", text: item.list.itemNoun + " · " + item.group)
      html.element(.h1, text: item.name.isEmpty ? item.code : item.name)
      html.element(.p, class: "code-line", text: "事项编码 \(item.code)")
      if let change = publication.change(item.code) {
        let kinds = change.kinds.map(\.chinese).joined(separator: "、")
        let since = publication.changes.map { "与\($0.old.catalog.county?.edition ?? $0.oldName)相比：" } ?? ""
        html.element(.p, class: "change-note") { html in
          html.element(.span, class: "tag change", text: change.kinds == [.added] ? "本版新增" : "本版调整")
          html.text(" \(since)\(kinds)")
        }
      }
      proxyNotice(&html)
      layout.diagnostics(publication.diagnostics(code: item.code), into: &html)
      html.element(.dl, class: "facts guide") { html in
        for fact in facts {
          html.element(.dt, text: fact.label)
          html.element(.dd) { Self.value(fact.value, into: &$0) }
        }
      }
    }
  }

  /// Items that may not be handled or collected by proxy say so before anything else.
  private func proxyNotice(_ html: inout HTMLWriter) {
    guard case .service(let service) = publication.items[position], service.proxy == .forbidden else { return }
    html.element(.div, class: "notice no-proxy") { html in
      html.element(.strong, text: "本事项不得代办、代领。")
      html.text("须由符合条件的申请人本人（或其家庭成员）直接办理，任何单位和个人不得代为申请或领取。")
    }
  }

  /// A fact's value: text, a list when there is more than one entry, numbered steps.
  static func value(_ value: FactValue, into html: inout HTMLWriter) {
    switch value {
    case .text(let text): html.text(text)
    case .list(let items) where items.count == 1: html.text(items[0])
    case .list(let items):
      html.element(.ul) { html in
        for item in items { html.element(.li, text: item) }
      }
    case .steps(let steps):
      html.element(.ol) { html in
        for step in steps { html.element(.li, text: step) }
      }
    }
  }
}
