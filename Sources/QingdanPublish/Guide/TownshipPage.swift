import QingdanCore

/// `townships/<id>.html`: a township's organisation and every item that applies to it, grouped as published.
struct TownshipPage {
  let publication: Publication
  let township: Township

  func render() -> [UInt8] {
    let layout = PageLayout(publication: publication, root: "../")
    return layout.page(title: township.name, capacity: 32 * 1024) { html in
      html.element(.nav, class: "breadcrumb") { html in
        html.link("首页", href: "../index.html")
        html.text(" › \(township.name)")
      }
      html.element(.h1, text: township.name)
      html.facts([
        ("类别", township.kind?.rawValue), ("行政区划代码", township.code),
        ("改革试点", township.pilot ? "开展行政管理体制改革试点" : nil),
        ("乡镇类型", township.agricultural ? "以农业为主的乡镇" : nil),
      ])
      layout.diagnostics(publication.diagnosticsByTownship[township.id] ?? [], into: &html)
      offices(&html)
      stations(&html)
      if !township.dispatched.isEmpty { dispatched(&html) }
      if !publication.listsEverywhereItemsPerTownship {
        html.element(.p, class: "notice") { html in
          html.text("另有 \(publication.everywhereCount) 项事项适用于全部乡镇（街道），也适用于\(township.name)，见")
          html.link("首页的各项清单", href: "../index.html#powers")
          html.text("。下面列出只适用于部分乡镇、包括本乡镇的事项。")
        }
      }
      let links = ItemLinks(publication: publication, root: "../", empty: "无。")
      for entry in publication.outline(for: township) { links.write(entry, into: &html) }
    }
  }

  private func offices(_ html: inout HTMLWriter) {
    html.element(.section, id: "offices") { html in
      html.element(.h2, text: "党政办事机构（\(township.offices.count) 个）")
      html.table(head: ["机构", "加挂牌子", "人员"]) { html in
        for office in township.offices {
          html.row([office.name, office.plaques.joined(separator: "、"), office.staff.map(String.init) ?? ""])
        }
      }
    }
  }

  private func stations(_ html: inout HTMLWriter) {
    html.element(.section, id: "stations") { html in
      html.element(.h2, text: "事业站所（\(township.stations.count) 个）")
      html.table(head: ["站所", "人员"]) { html in
        for station in township.stations { html.row([station.name, station.staff.map(String.init) ?? ""]) }
      }
    }
  }

  private func dispatched(_ html: inout HTMLWriter) {
    html.element(.section, id: "dispatched") { html in
      html.element(.h2, text: "县直部门派驻机构（\(township.dispatched.count) 个）")
      html.table(head: ["机构", "所属部门", "乡镇考核权重"]) { html in
        for agency in township.dispatched {
          html.row([
            agency.name, publication.departmentName(agency.department),
            agency.townshipWeight.map { Formats.plain($0) + "%" } ?? "",
          ])
        }
      }
    }
  }
}
