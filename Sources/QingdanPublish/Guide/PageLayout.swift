import QingdanCore

/// The frame every guide page shares: head with a strict Content-Security-Policy, the site header with the
/// search form, a draft banner, and the footer.
struct PageLayout {
  /// Scripts and styles come only from the site's own files; nothing loads from elsewhere, nothing inline runs.
  static let contentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'"
  /// What pages load to search: the search index and the search.
  static let searchScripts = ["assets/search-index.js", "assets/search.js"]

  let publication: Publication
  /// `""` for pages at the site root, `"../"` for pages one folder down, `"../../"` for two (`PageFrames`).
  let root: String

  /// A whole page, with the search scripts when `search`: `main` writes what goes inside `<main>`.
  func page(title: String, search: Bool = true, capacity: Int = 8192, main: (inout HTMLWriter) -> Void) -> [UInt8] {
    let frame = self.frame(search: search)
    var html = HTMLWriter(capacity: capacity)
    start(title: title, frame, into: &html)
    main(&html)
    html.append(frame.afterMain)
    return html.written
  }

  /// Everything before the page's main content. The frame — head, site header and footer, the same on every page
  /// in the same folder — is rendered once per build and reused, so that a page costs only its title and content.
  func start(title: String, _ frame: PageFrames.Frame, into html: inout HTMLWriter) {
    html.append(frame.beforeTitle)
    html.text(title)
    html.append(frame.afterTitle)
  }

  func frame(search: Bool) -> PageFrames.Frame {
    publication.frames.frame(root: root, search: search) {
      renderFrame(scripts: search ? Self.searchScripts : [])
    }
  }

  private func renderFrame(scripts: [String]) -> PageFrames.Frame {
    var html = HTMLWriter()
    html.startDocument()
    html.open(.html, [("lang", "zh-CN")])
    html.open(.head)
    html.open(.meta, [("charset", "utf-8")])
    html.open(.meta, [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
    html.open(.meta, [("http-equiv", "Content-Security-Policy"), ("content", Self.contentSecurityPolicy)])
    html.open(.meta, [("name", "referrer"), ("content", "no-referrer")])
    html.open(.title)
    let beforeTitle = html.takeFragment()
    // The title is escaped whole, so escaping its two parts apart gives the same bytes.
    html.text(" - " + siteTitle)
    html.close(.title)
    html.open(.link, [("rel", "stylesheet"), ("href", root + "assets/guide.css")])
    html.close(.head)
    html.open(.body)
    if publication.draft {
      html.element(.div, class: "draft-banner") { html in
        html.element(.strong, text: "草稿")
        html.text("：本清单尚有未改正的问题，仅供内部校对，不得对外公布。")
      }
    }
    header(&html)
    html.open(.main, id: "main")
    let afterTitle = html.takeFragment()
    html.close(.main)
    footer(&html)
    for script in scripts {
      html.open(.script, [("src", root + script)])
      html.close(.script)
    }
    html.close(.body)
    html.close(.html)
    html.endDocument()
    return PageFrames.Frame(beforeTitle: beforeTitle, afterTitle: afterTitle, afterMain: html.takeFragment())
  }

  var siteTitle: String {
    let edition = publication.county?.edition ?? ""
    return "\(publication.countyName)乡镇权责清单和公共服务事项办事指南" + (edition.isEmpty ? "" : "（\(edition)）")
  }

  private func header(_ html: inout HTMLWriter) {
    html.element(.header, class: "site-header") { html in
      html.link(siteTitle, href: root + "index.html", class: "site-title")
      html.open(
        .form, [("class", "search"), ("action", root + "index.html"), ("method", "get"), ("role", "search")])
      html.open(.label, [("for", "q"), ("class", "visually-hidden")])
      html.text("搜索事项")
      html.close(.label)
      html.open(
        .input,
        [
          ("type", "search"), ("id", "q"), ("name", "q"), ("placeholder", "输入事项名称、编码或关键词"),
          ("autocomplete", "off"),
        ])
      html.open(.button, [("type", "submit")])
      html.text("搜索")
      html.close(.button)
      html.close(.form)
    }
  }

  private func footer(_ html: inout HTMLWriter) {
    html.element(.footer, class: "site-footer") { html in
      if let county = publication.county {
        var text = "\(county.name)\(county.edition)"
        if let effective = county.effective { text += "，自\(Wording.date(effective))起施行" }
        if let document = county.approval?.document { text += "，经县人民政府批准（\(document)）" }
        html.element(.p, text: text + "。")
        if let publisher = county.publisher { html.element(.p, text: "发布单位：\(publisher)") }
      }
      html.element(.p, class: "generator", text: "本指南由 qingdan 依据经检查的清单生成，与公布的清单一致。")
    }
  }

  /// Diagnostics shown on a draft page.
  func diagnostics(_ diagnostics: [Diagnostic], into html: inout HTMLWriter) {
    guard publication.draft, !diagnostics.isEmpty else { return }
    html.element(.aside, class: "diagnostics") { html in
      html.element(.h2, text: "校对意见（\(diagnostics.count) 条）")
      html.element(.ul) { html in
        for diagnostic in diagnostics {
          html.element(.li) { html in
            html.element(.span, class: "diagnostic \(diagnostic.severity.rawValue)") { html in
              html.element(.span, class: "severity", text: diagnostic.severity.chinese)
              html.text(" \(diagnostic.message) ")
              html.element(.span, class: "where", text: "\(diagnostic.location) [\(diagnostic.rule)]")
            }
          }
        }
      }
    }
  }
}
