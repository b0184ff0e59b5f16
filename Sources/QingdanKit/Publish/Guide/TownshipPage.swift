/// `townships/<id>.html`: a township's organisation and every item that applies to it, grouped as published.
struct TownshipPage {
  let publication: Publication
  let township: Township

  func render() -> String {
    let layout = PageLayout(publication: publication, root: "../")
    var main: [HTMLNode] = [
      H.el("nav", H.attrs(class: "breadcrumb"), [H.a("首页", href: "../index.html"), .text(" › \(township.name)")]),
      H.heading(1, township.name),
      H.facts([
        ("类别", township.kind.map { .text($0.rawValue) }),
        ("行政区划代码", .text(township.code)),
        ("改革试点", township.pilot ? .text("开展行政管理体制改革试点") : nil),
        ("乡镇类型", township.agricultural ? .text("以农业为主的乡镇") : nil),
      ]),
    ]
    if let diagnostics = layout.diagnostics(publication.diagnosticsByTownship[township.id] ?? []) {
      main.append(diagnostics)
    }
    main += [offices, stations]
    if !township.dispatched.isEmpty { main.append(dispatched) }
    let items = publication.items(for: township)
    if !publication.listsEverywhereItemsPerTownship {
      main.append(
        H.el(
          "p", H.attrs(class: "notice"),
          [
            .text("另有 \(publication.everywhereCount) 项事项适用于全部乡镇（街道），也适用于\(township.name)，见"),
            H.a("首页的各项清单", href: "../index.html#powers"), .text("。下面列出只适用于部分乡镇、包括本乡镇的事项。"),
          ]))
    }
    let links = ItemLinks(publication: publication, root: "../")
    main += PublishedList.allCases.map { list in links.section(list, items.filter { $0.list == list }, empty: "无。") }
    return layout.page(title: township.name, main: main, scripts: ["assets/search-index.js", "assets/search.js"])
  }

  private var offices: HTMLNode {
    H.section(
      id: "offices",
      [
        H.heading(2, "党政办事机构（\(township.offices.count) 个）"),
        H.table(
          head: ["机构", "加挂牌子", "人员"],
          rows: township.offices.map { office in
            [
              H.text(office.name), H.text(office.plaques.joined(separator: "、")),
              H.text(office.staff.map(String.init) ?? ""),
            ]
          }),
      ])
  }

  private var stations: HTMLNode {
    H.section(
      id: "stations",
      [
        H.heading(2, "事业站所（\(township.stations.count) 个）"),
        H.table(
          head: ["站所", "人员"],
          rows: township.stations.map { [H.text($0.name), H.text($0.staff.map(String.init) ?? "")] }),
      ])
  }

  private var dispatched: HTMLNode {
    H.section(
      id: "dispatched",
      [
        H.heading(2, "县直部门派驻机构（\(township.dispatched.count) 个）"),
        H.table(
          head: ["机构", "所属部门", "乡镇考核权重"],
          rows: township.dispatched.map { agency in
            [
              H.text(agency.name), H.text(publication.index.departmentName(agency.department)),
              H.text(agency.townshipWeight.map { Formats.plain($0) + "%" } ?? ""),
            ]
          }),
      ])
  }
}
