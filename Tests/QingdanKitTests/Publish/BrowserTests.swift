import Foundation
import QingdanTestSupport
import Testing

/// The guide in a real browser (Debian's headless Chromium), opened from disk as a clerk or citizen would.
@Suite(.serialized) struct BrowserTests {
  /// The example catalog, built once for the suite.
  static let site: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-browser-\(UUID().uuidString)")
    let output = try? CommandRunner.run(["build", Fixtures.dejiang, "--out", folder.path])
    precondition(output?.status == 0, "build failed: \(output?.stderr ?? "")")
    return folder
  }()

  private func chromium(_ arguments: [String]) throws -> String {
    let browser = try Tool.find(["chromium", "chromium-browser", "google-chrome"])
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    return try Tool.run(
      browser,
      ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)", "--hide-scrollbars"]
        + arguments)
  }

  private func search(_ query: String) throws -> (count: String, codes: [String]) {
    var components = URLComponents(url: Self.site.appendingPathComponent("index.html"), resolvingAgainstBaseURL: false)!
    components.queryItems = [URLQueryItem(name: "q", value: query)]
    let dom = try chromium(["--virtual-time-budget=5000", "--dump-dom", components.url!.absoluteString])
    let section = try #require(dom.range(of: "<section id=\"search-results\"").map { String(dom[$0.lowerBound...]) })
    let results = String(section.prefix(while: { $0 != "§" }).components(separatedBy: "</section>")[0])
    let count =
      results.components(separatedBy: "class=\"search-count\">").dropFirst().first?.components(separatedBy: "<")
      .first ?? ""
    let codes = results.components(separatedBy: "<span class=\"code\">").dropFirst().map {
      String($0.prefix(while: { $0 != "<" }))
    }
    return (count, codes)
  }

  @Test func searchFindsItemsByNameCodeAndKeyword() throws {
    let byAlias = try search("低保")
    #expect(Set(byAlias.codes).isSuperset(of: ["DJ-GG-0001", "DJ-GG-0002"]))
    #expect(byAlias.count.hasPrefix("找到 \(byAlias.codes.count) 项"))

    let byCode = try search("dj-ql-0001")
    #expect(byCode.codes.first == "DJ-QL-0001")

    let byName = try search("宅基地")
    #expect(byName.codes.contains("DJ-QL-0001"))

    let byTwoWords = try search("社会救助 特困")
    #expect(!byTwoWords.codes.isEmpty)
    #expect(byTwoWords.codes.count < byAlias.codes.count + 10)

    let nothing = try search("没有这种事项")
    #expect(nothing.codes.isEmpty)
    #expect(nothing.count.hasPrefix("没有找到"))
  }

  @Test func scriptsRunUnderTheContentSecurityPolicy() throws {
    // With no query the results stay hidden; the page still renders every list.
    let dom = try chromium([
      "--virtual-time-budget=3000", "--dump-dom", Self.site.appendingPathComponent("index.html").absoluteString,
    ])
    #expect(dom.contains("id=\"search-results\" class=\"search-results\" hidden"))
    #expect(dom.contains("权力事项清单（32 项）"))
  }

  @Test(arguments: [("index.html", "index"), ("townships/jiancha.html", "township"), ("items/dj-gg-0001.html", "item")])
  func screenshotsAtDesktopAndPhoneWidths(page: String, name: String) throws {
    let folder = URL(
      fileURLWithPath: ProcessInfo.processInfo.environment["QINGDAN_SCREENSHOTS"]
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-screenshots").path)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (width, label) in [(1280, "desktop"), (390, "phone")] {
      let file = folder.appendingPathComponent("\(name)-\(label).png")
      try? FileManager.default.removeItem(at: file)
      _ = try chromium([
        "--window-size=\(width),1600", "--screenshot=\(file.path)",
        Self.site.appendingPathComponent(page).absoluteString,
      ])
      let data = try Data(contentsOf: file)
      #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(file.path) is not a PNG")
      #expect(data.count > 20_000, "\(file.path) looks blank")
    }
  }
}
