/// `handbook.html`: the print edition WeasyPrint typesets into `handbook.pdf` — a cover, a table of contents with
/// page numbers, one chapter per list and one per township.
struct HandbookPage {
  let publication: Publication

  func render() -> String {
    let title = "\(publication.countyName)乡镇权责清单和公共服务事项清单"
    let head = H.el(
      "head", [],
      [
        H.el("meta", [HTMLAttribute("charset", "utf-8")]),
        H.el(
          "meta",
          [
            HTMLAttribute("http-equiv", "Content-Security-Policy"),
            HTMLAttribute("content", PageLayout.contentSecurityPolicy),
          ]),
        H.el("title", [], [.text(title + (publication.county.map { "（\($0.edition)）" } ?? ""))]),
        H.el("meta", [HTMLAttribute("name", "author"), HTMLAttribute("content", publication.county?.publisher ?? "")]),
        H.el("link", [HTMLAttribute("rel", "stylesheet"), HTMLAttribute("href", "assets/handbook.css")]),
      ])
    var body: [HTMLNode] = [cover(title), contents]
    body += PublishedList.allCases.map(listChapter)
    body += publication.catalog.townships.map(townshipChapter)
    let classes = publication.draft ? "handbook draft" : "handbook"
    return HTMLNode.document(
      H.el("html", [HTMLAttribute("lang", "zh-CN")], [head, H.el("body", H.attrs(class: classes), body)]))
  }

  private func cover(_ title: String) -> HTMLNode {
    let county = publication.county
    var lines: [HTMLNode] = [
      H.p(county?.edition ?? "", class: "edition"),
      H.el("h1", H.attrs(class: "cover-title"), [.text(title)]),
    ]
    if publication.draft { lines.append(H.p("草稿 · 仅供内部校对，不得对外公布", class: "draft-mark")) }
    lines.append(
      H.facts(
        [
          ("批准文件", county?.approval?.document.map { .text($0) }),
          ("批准日期", county?.approval?.date.map { .text(Wording.date($0)) }),
          ("施行日期", county?.effective.map { .text(Wording.date($0)) }),
          ("发布单位", county?.publisher.map { .text($0) }),
        ], class: "cover-facts"))
    return H.section(class: "cover", lines)
  }

  private var contents: HTMLNode {
    let entries =
      PublishedList.allCases.map { ($0.title, "list-\($0.rawValue)") }
      + publication.catalog.townships.map { ($0.name, "township-\($0.id)") }
    return H.el(
      "nav", H.attrs(class: "toc"),
      [
        H.el("h1", H.attrs(class: "toc-title"), [.text("目录")]),
        H.ul(entries.map { H.a($0.0, href: "#\($0.1)") }),
      ])
  }

  private func listChapter(_ list: PublishedList) -> HTMLNode {
    let items = publication.items(in: list)
    var children: [HTMLNode] = [H.heading(1, list.title, id: "list-\(list.rawValue)")]
    children.append(H.p("共 \(items.count) 项。", class: "lead"))
    let facts = ItemFacts(publication)
    for (group, grouped) in Publication.grouped(items) {
      children.append(H.heading(2, "\(group)（\(grouped.count) 项）"))
      for item in grouped {
        var entry: [HTMLNode] = [H.heading(3, "\(item.code)　\(item.name)")]
        if case .service(let service) = item, service.proxy == .forbidden {
          entry.append(H.p("本事项不得代办、代领，须由申请人本人（或其家庭成员）直接办理。", class: "notice"))
        }
        if publication.draft {
          for diagnostic in publication.diagnosticsByCode[item.code] ?? [] {
            entry.append(H.p("【\(diagnostic.severity.chinese)】\(diagnostic.message)", class: "diagnostic"))
          }
        }
        let rows = facts.facts(item).filter { !["list", "code", "name"].contains($0.key) }
        entry.append(
          H.el(
            "table", H.attrs(class: "facts"),
            [
              H.el(
                "tbody", [],
                rows.map { row in
                  H.el(
                    "tr", [],
                    [
                      H.el("th", [HTMLAttribute("scope", "row")], [.text(row.label)]),
                      H.el("td", [], [ItemPage.node(row.value)]),
                    ])
                })
            ]))
        children.append(H.div(class: "item", entry))
      }
    }
    return H.section(class: "chapter", children)
  }

  private func townshipChapter(_ township: Township) -> HTMLNode {
    let items = publication.items(for: township)
    var children: [HTMLNode] = [H.heading(1, township.name, id: "township-\(township.id)")]
    children.append(
      H.p(
        [township.kind?.rawValue, "行政区划代码 \(township.code)", township.pilot ? "行政管理体制改革试点" : nil]
          .compactMap { $0 }.joined(separator: " · "), class: "lead"))
    if !publication.listsEverywhereItemsPerTownship {
      children.append(
        H.p(
          "另有 \(publication.everywhereCount) 项事项适用于全部乡镇（街道），见前面各章；本章列出只适用于部分乡镇、包括本乡镇的事项。",
          class: "lead"))
    }
    children.append(H.heading(2, "党政办事机构（\(township.offices.count) 个）"))
    children.append(
      H.ul(
        township.offices.map { office in
          .text(office.name + (office.plaques.isEmpty ? "" : "（加挂\(office.plaques.joined(separator: "、"))牌子）"))
        }))
    children.append(H.heading(2, "事业站所（\(township.stations.count) 个）"))
    children.append(H.ul(township.stations.map { .text($0.name) }))
    if !township.dispatched.isEmpty {
      children.append(H.heading(2, "县直部门派驻机构"))
      children.append(
        H.ul(township.dispatched.map { .text("\($0.name)（\(publication.index.departmentName($0.department))）") }))
    }
    for list in PublishedList.allCases {
      let listed = items.filter { $0.list == list }
      guard !listed.isEmpty else { continue }
      children.append(H.heading(2, "\(list.title)（\(listed.count) 项）"))
      children.append(
        H.table(
          head: ["编码", "事项名称", "类别"], rows: listed.map { [H.text($0.code), H.text($0.name), H.text($0.group)] },
          class: "items"))
    }
    return H.section(class: "chapter", children)
  }
}
