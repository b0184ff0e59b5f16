import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// What the sample catalogs publish, byte for byte: the check and diff reports in every format, and the table,
/// the handbooks and several guide pages. A change to any of them is a change users see; record anew with
/// `QINGDAN_RECORD=1` only when it is meant, and name it in the commit.
@Suite struct SampleSnapshotTests {
  static let catalogs = Fixtures.sampleCatalogs

  private static func compare(_ text: String, _ name: String) throws {
    let difference = try Golden.compare(text, to: "samples/" + name)
    #expect(difference == nil, "\(difference ?? "")")
  }

  @Test(arguments: catalogs, CheckResult.reportFormats)
  func checkReport(catalog: String, format: ReportFormat) throws {
    let output = try CommandRunner.run([
      "check", catalog, "--format", format.rawValue, "--color", "never", "--fail-on", "info",
    ])
    try Self.compare("exit \(output.status)\n" + output.stdout, "\(Fixtures.name(catalog)).check.\(format.rawValue)")
  }

  @Test(arguments: EditionDiff.reportFormats)
  func diffReport(format: ReportFormat) throws {
    let output = try CommandRunner.run([
      "diff", Fixtures.dawangBatch1, Fixtures.dawang, "--format", format.rawValue, "--color", "never",
      "--fail-on", "info",
    ])
    try Self.compare("exit \(output.status)\n" + output.stdout, "dawang.diff.\(format.rawValue)")
  }

  /// The published files of a sample: every shared file and the first pages of each kind.
  @Test(arguments: catalogs)
  func publishedFiles(catalog: String) throws {
    let root = Fixtures.url(catalog).path
    let result = try Checker().check(DirectoryStorage(path: root))
    let files = GuideBuilder(Publication(result: result, draft: false)).render()
    var chosen = ["index.html", "catalog.csv", "handbook.md", "handbook.html", "assets/search-index.js"]
    // The first township page and, of each list, the first and last item page.
    let townships = files.keys.filter { $0.hasPrefix("townships/") }.sorted()
    chosen += townships.prefix(1)
    let items = files.keys.filter { $0.hasPrefix("items/") }.sorted()
    for prefix in ["-ql-", "-gg-", "-cw-", "-fw-", "-cj-"] {
      let ofList = items.filter { $0.lowercased().contains(prefix) }
      chosen += [ofList.first, ofList.last].compactMap { $0 }
    }
    if chosen.count < 8 { chosen += items.prefix(4) }
    for path in Set(chosen).sorted() {
      let page = try #require(files[path], "no \(path)")
      try Self.compare(
        String(decoding: page, as: UTF8.self),
        "\(Fixtures.name(catalog))/" + path.replacingOccurrences(of: "/", with: "__"))
    }
  }
}
