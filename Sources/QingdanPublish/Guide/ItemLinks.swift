import QingdanCore

/// Lists of links to item pages with their codes, under their lists and groups.
struct ItemLinks {
  let publication: Publication
  let root: String
  /// What an empty list says.
  let empty: String

  /// One step of the walk through the lists.
  func write(_ entry: OutlineEntry, into html: inout HTMLWriter) {
    switch entry {
    case .listStart(let list, let count):
      html.open(.section, id: list.rawValue, class: "list")
      html.element(.h2, text: "\(list.title)（\(count) 项）")
      if count == 0 { html.element(.p, text: empty) }
    case .groupStart(let group, let count):
      html.element(.h3, text: "\(group)（\(count) 项）")
      html.open(.ul, class: "items")
    case .item(let position):
      let item = publication.items[position]
      html.element(.li) { html in
        html.element(.span, class: "code", text: item.code)
        html.link(item.name.isEmpty ? item.code : item.name, href: root + publication.itemPath(at: position))
        flags(item, into: &html)
      }
    case .groupEnd: html.close(.ul)
    case .listEnd: html.close(.section)
    }
  }

  /// Tags after an item's link: changed in this edition, not to be handled by proxy, still to be corrected.
  private func flags(_ item: PublishedItem, into html: inout HTMLWriter) {
    if let change = publication.change(item.code) {
      html.element(.span, class: "tag change", text: change.kinds == [.added] ? "新增" : "调整")
    }
    if case .service(let service) = item, service.proxy == .forbidden {
      html.element(.span, class: "tag no-proxy", text: "不得代办")
    }
    if publication.draft, !(publication.diagnostics(code: item.code)).isEmpty {
      html.element(.span, class: "tag draft", text: "待改正")
    }
  }
}
