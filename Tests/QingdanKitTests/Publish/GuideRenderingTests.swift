import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

@Suite struct GuideRenderingTests {
  private func render(_ catalog: FixtureCatalog, draft: Bool = false) throws -> [String: String] {
    let result = try catalog.check()
    return GuideBuilder(Publication(result: result, draft: draft)).render().mapValues {
      String(decoding: $0, as: UTF8.self)
    }
  }

  @Test(arguments: [
    "index.html", "townships/alpha.html", "items/t-gg-0001.html", "items/t-ql-0002.html", "items/t-cw-0001.html",
    "assets/search-index.js", "catalog.csv", "handbook.md", "handbook.html",
  ])
  func goldenPages(path: String) throws {
    let files = try render(FixtureCatalog())
    let page = try #require(files[path], "no \(path) in \(files.keys.sorted())")
    let difference = try Golden.compare(page, to: "guide/" + path.replacingOccurrences(of: "/", with: "__"))
    #expect(difference == nil, "\(difference ?? "")")
  }

  @Test func everyItemAndTownshipHasAPage() throws {
    let files = try render(FixtureCatalog())
    for code in ["T-QL-0001", "T-QL-0002", "T-GG-0001", "T-GG-0002", "T-CW-0001"] {
      #expect(files["items/\(code.lowercased()).html"] != nil)
    }
    #expect(files["townships/alpha.html"] != nil && files["townships/beta.html"] != nil)
    for (path, text) in files where path.hasSuffix(".html") {
      #expect(text.contains("Content-Security-Policy"), "\(path) lacks a CSP")
      #expect(!text.contains("http://") && !text.contains("https://"), "\(path) refers to another site")
    }
  }

  @Test func markupInCatalogTextIsEscaped() throws {
    var catalog = FixtureCatalog()
    catalog.set(
      "services/evil.yaml",
      """
      services:
        - code: EVIL-1
          name: "<script>alert('名')</script>"
          domain: "社会救助</h3><img src=x onerror=alert(1)>"
          basis: ["《法》\\"onmouseover=\\"alert(2)"]
          office: shsw
          object: "=HYPERLINK(\\"http://evil\\")"
          conditions: "a | b * _c_ [x](y)"
          process: [申请]
          on_the_spot: true
          supervision: 县民政局
          phones: {complaint: "12345"}
      """)
    let files = try render(catalog)
    for (path, text) in files where path.hasSuffix(".html") {
      #expect(!text.contains("<script>alert"), "\(path)")
      #expect(!text.contains("<img src=x"), "\(path)")
      // Quotes in text are harmless; what matters is that no tag gains an attribute.
      #expect(text.range(of: "<[^>]*onmouseover", options: .regularExpression) == nil, "\(path)")
    }
    let page = try #require(files["items/evil-1.html"])
    #expect(
      page.contains("&lt;script&gt;alert(&#39;名&#39;)&lt;/script&gt;")
        || page.contains("&lt;script&gt;alert('名')&lt;/script&gt;"))
    let index = try #require(files["assets/search-index.js"])
    #expect(!index.contains("</script>") && index.contains("\\u003c/script>"))
    let csv = try #require(files["catalog.csv"])
    #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""))
    let markdown = try #require(files["handbook.md"])
    #expect(markdown.contains("a \\| b \\* \\_c\\_ \\[x\\](y)"))
  }

  @Test func renderingIsDeterministic() throws {
    let first = try render(FixtureCatalog())
    let second = try render(FixtureCatalog())
    #expect(first == second)
  }

  @Test func draftMarksEveryPageAndShowsDiagnostics() throws {
    var catalog = FixtureCatalog()
    catalog.files["services/base.yaml"] = FixtureCatalog.base["services/base.yaml"]!.replacingOccurrences(
      of: "committed: 20", with: "committed: 40")
    let files = try render(catalog, draft: true)
    for (path, text) in files where path.hasSuffix(".html") {
      #expect(text.contains("草稿"), "\(path) lacks the draft banner")
    }
    let page = try #require(files["items/t-gg-0001.html"])
    #expect(page.contains("校对意见（1 条）"))
    #expect(page.contains("承诺 40 个工作日办结，超过法定时限 30 个工作日"))
    #expect(try #require(files["handbook.md"]).contains("**草稿**"))
  }

  /// A service of the domain 社会救助 with `code`, complete enough to check clean on its own.
  private static func temporaryRelief(code: String) -> String {
    """
    services:
      - code: \(code)
        name: 临时救助申请受理
        domain: 社会救助
        basis: [《社会救助暂行办法》第四十七条]
        office: shsw
        object: 因突发事件陷入困境的家庭
        conditions: 户籍在本乡镇
        process: [申请, 审批]
        on_the_spot: true
        proxy: allowed
        proxy_days: 3
        supervision: 县民政局
        phones: {complaint: "12345"}
    """
  }

  /// Each item's facts are worked out once and looked up by its position; two items with one code (possible in a
  /// draft) must each still publish their own, and share one page.
  @Test func aDraftWithARepeatedCodePublishesEachItemsOwnFacts() throws {
    var catalog = FixtureCatalog()
    catalog.set("services/repeated.yaml", Self.temporaryRelief(code: "T-GG-0002"))
    let result = try catalog.check()
    #expect(result.diagnostics.contains { $0.code == "T-GG-0002" && $0.severity == .error })
    let files = try render(catalog, draft: true)
    for path in ["catalog.csv", "handbook.md", "handbook.html"] {
      let text = try #require(files[path])
      #expect(text.contains("在乡优抚对象") && text.contains("因突发事件陷入困境的家庭"), "\(path)")
      #expect(text.contains("县退役军人事务局") && text.contains("《社会救助暂行办法》第四十七条"), "\(path)")
    }
    // The shared page is the last one's, whole: its heading and its facts belong to the same item.
    let page = try #require(files["items/t-gg-0002.html"])
    #expect(page.components(separatedBy: "<h1>").count == 2, "one item's page, not both")
    // (The diagnostics above the facts name both items.)
    let heading = try #require(page.components(separatedBy: "<h1>").last?.components(separatedBy: "</h1>").first)
    let facts = try #require(page.components(separatedBy: "<dl class=\"facts guide\">").last)
    let owners = [("临时救助申请受理", "因突发事件陷入困境的家庭"), ("优抚对象抚恤补助发放", "在乡优抚对象")]
    #expect(owners.map { facts.contains($0.1) } == owners.map { heading == $0.0 }, "\(heading)")
  }

  @Test func pageNamesAreSafeAndDistinct() {
    let names = PageNames.assign(["A-1", "a-1", "../x", "index", "Ab.C", "东"])
    #expect(names["A-1"] == "a-1")
    #expect(names["a-1"] == "a-1-2")
    #expect(names["../x"] == "___x")
    #expect(names["index"] == "index-2")
    #expect(names["Ab.C"] == "ab_c")
    #expect(names["东"] == "item_")
    #expect(Set(names.values).count == names.count)
  }

  @Test func csvHasABOMAndOneRowPerItem() throws {
    let csv = try #require(try render(FixtureCatalog())["catalog.csv"])
    #expect(csv.hasPrefix("\u{FEFF}清单,事项编码,事项名称,权力类别,"))
    #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + 5)
  }

  /// Every publication lists the items in one order: each list under its groups, by code within a group — the table
  /// and the search index too, although the codes alone would sort them otherwise.
  @Test func everyFileListsTheItemsInTheHandbooksOrder() throws {
    var catalog = FixtureCatalog()
    catalog.set("services/more.yaml", Self.temporaryRelief(code: "T-GG-0003"))
    #expect(try catalog.check().diagnostics.filter { $0.severity == .error }.isEmpty)
    let files = try render(catalog)
    // 社会救助 comes first (T-GG-0001 is its first item), so T-GG-0003 comes before T-GG-0002.
    let expected = ["T-GG-0001", "T-GG-0003", "T-GG-0002"]
    func order(_ path: String, after prefix: String) throws -> [String] {
      let text = try #require(files[path], "\(path)")
      return text.components(separatedBy: prefix).dropFirst().compactMap { piece in
        expected.first { piece.hasPrefix($0) }
      }
    }
    #expect(try order("catalog.csv", after: "清单,") == expected)
    #expect(try order("assets/search-index.js", after: "{\"c\": \"") == expected)
    #expect(try order("handbook.md", after: "#### ") == expected)
    #expect(try order("handbook.html", after: "<h3>") == expected)
    #expect(try order("index.html", after: "<span class=\"code\">") == expected)
    #expect(try order("townships/alpha.html", after: "<span class=\"code\">") == expected)
  }
}
