/// The frame every guide page shares: head with a strict Content-Security-Policy, the site header with the
/// search form, a draft banner, and the footer.
struct PageLayout {
  /// Scripts and styles come only from the site's own files; nothing loads from elsewhere, nothing inline runs.
  static let contentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'"

  let publication: Publication
  /// `""` for pages at the site root, `"../"` for pages one folder down.
  let root: String

  /// A whole page. Its frame — head, site header and footer, the same on every page in the same folder — is
  /// rendered once per build and reused, so that a page costs only its title and its main content.
  func page(title: String, main: [HTMLNode], scripts: [String] = []) -> String {
    guard let frame = publication.frames.frame(root: root, scripts: scripts, render: { frame(scripts: scripts) })
    else { return fullPage(title: title, main: main, scripts: scripts) }
    var out = frame.beforeTitle
    out.reserveCapacity(frame.beforeTitle.utf8.count + frame.afterTitle.utf8.count + frame.afterMain.utf8.count + 8192)
    HTMLEscape.text(title, into: &out)
    out += frame.afterTitle
    for node in main { node.render(into: &out) }
    out += frame.afterMain
    return out
  }

  /// The page around a title and a main part marked by two private-use characters, cut at the marks. Nil in the
  /// odd case that the marks occur elsewhere (a county name containing one): such pages are rendered whole.
  private func frame(scripts: [String]) -> PageFrames.Frame? {
    let (titleMark, mainMark) = ("\u{F8FF}", "\u{F8FE}")
    let whole = fullPage(title: titleMark, main: [.text(mainMark)], scripts: scripts)
    let titleParts = whole.components(separatedBy: titleMark)
    guard titleParts.count == 2 else { return nil }
    let mainParts = titleParts[1].components(separatedBy: mainMark)
    guard mainParts.count == 2 else { return nil }
    return PageFrames.Frame(beforeTitle: titleParts[0], afterTitle: mainParts[0], afterMain: mainParts[1])
  }

  private func fullPage(title: String, main: [HTMLNode], scripts: [String]) -> String {
    let head = H.el(
      "head", [],
      [
        H.el("meta", [HTMLAttribute("charset", "utf-8")]),
        H.el(
          "meta", [HTMLAttribute("name", "viewport"), HTMLAttribute("content", "width=device-width, initial-scale=1")]),
        H.el(
          "meta",
          [
            HTMLAttribute("http-equiv", "Content-Security-Policy"),
            HTMLAttribute("content", Self.contentSecurityPolicy),
          ]),
        H.el("meta", [HTMLAttribute("name", "referrer"), HTMLAttribute("content", "no-referrer")]),
        H.el("title", [], [.text("\(title) - \(siteTitle)")]),
        H.el("link", [HTMLAttribute("rel", "stylesheet"), HTMLAttribute("href", root + "assets/guide.css")]),
      ])
    var body: [HTMLNode] = []
    if publication.draft { body.append(draftBanner) }
    body += [header, H.el("main", [HTMLAttribute("id", "main")], main), footer]
    body += scripts.map { H.el("script", [HTMLAttribute("src", root + $0)]) }
    return HTMLNode.document(H.el("html", [HTMLAttribute("lang", "zh-CN")], [head, H.el("body", [], body)]))
  }

  var siteTitle: String {
    let edition = publication.county?.edition ?? ""
    return "\(publication.countyName)乡镇权责清单和公共服务事项办事指南" + (edition.isEmpty ? "" : "（\(edition)）")
  }

  private var draftBanner: HTMLNode {
    H.div(
      class: "draft-banner",
      [H.el("strong", [], [.text("草稿")]), .text("：本清单尚有未改正的问题，仅供内部校对，不得对外公布。")])
  }

  private var header: HTMLNode {
    H.el(
      "header", H.attrs(class: "site-header"),
      [
        H.a(siteTitle, href: root + "index.html", class: "site-title"),
        H.el(
          "form",
          [
            HTMLAttribute("class", "search"), HTMLAttribute("action", root + "index.html"),
            HTMLAttribute("method", "get"),
            HTMLAttribute("role", "search"),
          ],
          [
            H.el("label", [HTMLAttribute("for", "q"), HTMLAttribute("class", "visually-hidden")], [.text("搜索事项")]),
            H.el(
              "input",
              [
                HTMLAttribute("type", "search"), HTMLAttribute("id", "q"), HTMLAttribute("name", "q"),
                HTMLAttribute("placeholder", "输入事项名称、编码或关键词"), HTMLAttribute("autocomplete", "off"),
              ]),
            H.el("button", [HTMLAttribute("type", "submit")], [.text("搜索")]),
          ]),
      ])
  }

  private var footer: HTMLNode {
    var lines: [HTMLNode] = []
    if let county = publication.county {
      var text = "\(county.name)\(county.edition)"
      if let effective = county.effective { text += "，自\(Wording.date(effective))起施行" }
      if let document = county.approval?.document { text += "，经县人民政府批准（\(document)）" }
      lines.append(H.p(text + "。"))
      if let publisher = county.publisher { lines.append(H.p("发布单位：\(publisher)")) }
    }
    lines.append(H.p("本指南由 qingdan 依据经检查的清单生成，与公布的清单一致。", class: "generator"))
    return H.el("footer", H.attrs(class: "site-footer"), lines)
  }

  /// Diagnostics shown on a draft page.
  func diagnostics(_ diagnostics: [Diagnostic]) -> HTMLNode? {
    guard publication.draft, !diagnostics.isEmpty else { return nil }
    return H.el(
      "aside", H.attrs(class: "diagnostics"),
      [
        H.heading(2, "校对意见（\(diagnostics.count) 条）"),
        H.ul(
          diagnostics.map { diagnostic in
            H.el(
              "span", H.attrs(class: "diagnostic \(diagnostic.severity.rawValue)"),
              [
                H.span(diagnostic.severity.chinese, class: "severity"),
                .text(" \(diagnostic.message) "),
                H.span("\(diagnostic.location) [\(diagnostic.rule)]", class: "where"),
              ])
          }),
      ])
  }
}
