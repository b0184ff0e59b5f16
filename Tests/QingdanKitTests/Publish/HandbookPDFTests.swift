import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// The printed handbook, typeset by WeasyPrint and read back with poppler.
@Suite struct HandbookPDFTests {
  @Test func handbookHasEveryItemContentsAndBookmarks() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-pdf-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let output = try CommandRunner.run(
      ["build", Fixtures.dejiang, "--out", out.path, "--pdf"],
      environment: ["QINGDAN_WEASYPRINT": CommandRunner.weasyprint])
    #expect(output.status == 0, "\(output.stderr)")
    let pdf = out.appendingPathComponent("handbook.pdf").path
    // Its source stays beside it.
    for path in ["handbook.html", "assets/handbook.css"] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path), "\(path)")
    }

    let info = try Tool.run(try Tool.find(["pdfinfo"]), [pdf])
    let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
    let catalog = try QingdanKitTestCatalog.load(Fixtures.dejiang)
    // A cover, a contents page, then at least a page per chapter; no more than a page and a half per item.
    #expect(pages >= 2 + 3 + catalog.townships.count)
    #expect(pages <= 2 + catalog.itemCount * 3 / 2 + catalog.townships.count * 2)
    #expect(info.contains("德江县乡镇权责清单和公共服务事项清单"))

    let pdftotext = try Tool.find(["pdftotext"])
    let text = try Tool.run(pdftotext, [pdf, "-"]).filter { !$0.isWhitespace }
    for name in catalog.powers.map(\.name) + catalog.services.map(\.name) + catalog.villageMatters.map(\.name) {
      #expect(text.contains(name.filter { !$0.isWhitespace }), "\(name) is not in the handbook")
    }
    #expect(text.contains("第1页/共\(pages)页") || text.contains("第2页/共\(pages)页"))

    // The contents page gives a page number for every chapter.
    let contents = try Tool.run(pdftotext, ["-layout", "-f", "2", "-l", "2", pdf, "-"])
    for chapter in ["权力事项清单", "公共服务事项清单", "委托村(居)民委员会承办事项清单"] + catalog.townships.map(\.name) {
      let line = contents.split(separator: "\n").first { $0.contains(chapter) }
      #expect(line?.range(of: #"\.+\s*\d+\s*$"#, options: .regularExpression) != nil, "no page number for \(chapter)")
    }

    // PDF bookmarks for the chapters.
    let outline = try Tool.run(try Tool.find(["pdftohtml"]), ["-xml", "-i", "-stdout", "-f", "1", "-l", "1", pdf])
    #expect(outline.contains("<outline>"))
    #expect(outline.contains(">权力事项清单</item>"))
    #expect(outline.contains(">\(catalog.townships[0].name)</item>"))

    // The same catalog typesets to the same bytes.
    let again = out.appendingPathComponent("again")
    let second = try CommandRunner.run(
      ["build", Fixtures.dejiang, "--out", again.path, "--pdf"],
      environment: ["QINGDAN_WEASYPRINT": CommandRunner.weasyprint])
    #expect(second.status == 0)
    #expect(
      try Data(contentsOf: again.appendingPathComponent("handbook.pdf")) == Data(contentsOf: URL(fileURLWithPath: pdf)))

    // The cover renders to an image a person can look at.
    let cover = out.appendingPathComponent("cover")
    try Tool.run(
      try Tool.find(["pdftoppm"]), ["-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile", pdf, cover.path])
    #expect(try Data(contentsOf: cover.appendingPathExtension("png")).starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }
}
