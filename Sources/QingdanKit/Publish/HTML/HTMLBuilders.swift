/// Short constructors for the elements pages use, so that page code reads like the page.
public enum H {
  public static func el(_ name: String, _ attributes: [HTMLAttribute] = [], _ children: [HTMLNode] = []) -> HTMLNode {
    .element(name, attributes: attributes, children: children)
  }

  public static func text(_ text: String) -> HTMLNode { .text(text) }

  public static func attrs(class className: String? = nil, id: String? = nil) -> [HTMLAttribute] {
    var attributes: [HTMLAttribute] = []
    if let id { attributes.append(HTMLAttribute("id", id)) }
    if let className { attributes.append(HTMLAttribute("class", className)) }
    return attributes
  }

  public static func div(class className: String? = nil, id: String? = nil, _ children: [HTMLNode]) -> HTMLNode {
    el("div", attrs(class: className, id: id), children)
  }

  public static func section(class className: String? = nil, id: String? = nil, _ children: [HTMLNode]) -> HTMLNode {
    el("section", attrs(class: className, id: id), children)
  }

  public static func heading(_ level: Int, _ text: String, id: String? = nil, class className: String? = nil)
    -> HTMLNode
  {
    el("h\(level)", attrs(class: className, id: id), [.text(text)])
  }

  public static func p(_ text: String, class className: String? = nil) -> HTMLNode {
    el("p", attrs(class: className), [.text(text)])
  }

  public static func span(_ text: String, class className: String? = nil) -> HTMLNode {
    el("span", attrs(class: className), [.text(text)])
  }

  public static func a(_ text: String, href: String, class className: String? = nil) -> HTMLNode {
    el("a", [HTMLAttribute("href", href)] + attrs(class: className), [.text(text)])
  }

  public static func ul(class className: String? = nil, _ items: [HTMLNode]) -> HTMLNode {
    el("ul", attrs(class: className), items.map { el("li", [], [$0]) })
  }

  public static func ol(_ items: [String]) -> HTMLNode {
    el("ol", [], items.map { el("li", [], [.text($0)]) })
  }

  /// A definition list of label and value rows; rows whose value is nil are left out.
  public static func facts(_ rows: [(String, HTMLNode?)], class className: String = "facts") -> HTMLNode {
    el(
      "dl", attrs(class: className),
      rows.compactMap { label, value in
        value.map { HTMLNode.fragment([el("dt", [], [.text(label)]), el("dd", [], [$0])]) }
      })
  }

  public static func table(head: [String], rows: [[HTMLNode]], class className: String? = nil) -> HTMLNode {
    el(
      "table", attrs(class: className),
      [
        el("thead", [], [el("tr", [], head.map { el("th", [HTMLAttribute("scope", "col")], [.text($0)]) })]),
        el("tbody", [], rows.map { row in el("tr", [], row.map { el("td", [], [$0]) }) }),
      ])
  }
}
