import Foundation
import QingdanTestSupport
import Testing

/// `qingdan build` as a user runs it: refusal, drafts, atomic replacement and the output folder's safety.
@Suite struct BuildCommandTests {
  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-build-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  private func read(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

  @Test func buildsTheExampleCatalog() throws {
    let out = try temporaryFolder().appendingPathComponent("site")
    let output = try CommandRunner.run(["build", Fixtures.dejiang, "--out", out.path])
    #expect(output.status == 0, "\(output.stderr)")
    for path in [
      "index.html", "assets/guide.css", "assets/search.js", "assets/search-index.js", "catalog.csv", "handbook.md",
      "townships/qinglong.html", "items/dj-gg-0001.html",
    ] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path), "\(path)")
    }
    // The print edition is the PDF's source, written only with --pdf.
    for path in ["handbook.pdf", "handbook.html", "assets/handbook.css"] {
      #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path), "\(path)")
    }
    #expect(output.stdout.contains("index.html"))
  }

  @Test func buildIsByteIdentical() throws {
    let base = try temporaryFolder()
    for name in ["one", "two"] {
      #expect(
        try CommandRunner.run(["build", Fixtures.dejiang, "--out", base.appendingPathComponent(name).path]).status
          == 0)
    }
    let one = try TemporaryTree(base.appendingPathComponent("one")).contents()
    let two = try TemporaryTree(base.appendingPathComponent("two")).contents()
    #expect(one.count > 70)
    #expect(one == two)
  }

  @Test func refusesACatalogWithErrorsAndWritesNothing() throws {
    let out = try temporaryFolder().appendingPathComponent("site")
    let output = try CommandRunner.run(["build", Fixtures.violations, "--out", out.path])
    #expect(output.status == 1)
    #expect(output.stderr.contains("未生成任何文件"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func forceBuildsADraft() throws {
    let out = try temporaryFolder().appendingPathComponent("site")
    let output = try CommandRunner.run([
      "build", Fixtures.violations, "--out", out.path, "--force",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("草稿"))
    let page = try read(out.appendingPathComponent("items/sl-gg-0001.html"))
    #expect(page.contains("draft-banner"))
    #expect(page.contains("超过法定时限"))
  }

  @Test func refusesToReplaceTheCatalogOrAForeignFolder() throws {
    let catalog = try TemporaryCatalog(copying: Fixtures.dejiang)
    let before = try catalog.snapshot()
    #expect(try CommandRunner.run(["build", catalog.path, "--out", catalog.path]).status == 2)
    #expect(
      try CommandRunner.run(["build", catalog.path, "--out", catalog.url.deletingLastPathComponent().path]).status == 2)
    #expect(try catalog.snapshot() == before)

    let foreign = try temporaryFolder()
    try Data("我的文件".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
    let refused = try CommandRunner.run(["build", Fixtures.dejiang, "--out", foreign.path])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("不是 qingdan 生成的"))
    #expect(try read(foreign.appendingPathComponent("notes.txt")) == "我的文件")
  }

  @Test func aFailedBuildLeavesThePreviousOutput() throws {
    let out = try temporaryFolder().appendingPathComponent("site")
    #expect(try CommandRunner.run(["build", Fixtures.dejiang, "--out", out.path]).status == 0)
    let before = try TemporaryTree(out).contents()
    // A PDF build with no WeasyPrint to be found fails after the guide has rendered.
    let catalog = Fixtures.url(Fixtures.dejiang).path
    let failed = try CommandRunner.run(
      ["build", catalog, "--out", out.path, "--pdf"], in: try temporaryFolder(),
      environment: ["QINGDAN_WEASYPRINT": "/nonexistent/weasyprint", "PATH": "/usr/bin:/bin"])
    #expect(failed.status == 2)
    #expect(failed.stderr.contains("WeasyPrint"))
    #expect(try TemporaryTree(out).contents() == before)
    // A WeasyPrint that fails while typesetting: the new guide was already written to the staging folder.
    let fake = try temporaryFolder().appendingPathComponent("weasyprint")
    try Data(
      "#!/bin/sh\n[ \"$1\" = --version ] && echo 'WeasyPrint version 70.0' && exit 0\necho 排版出错 >&2\nexit 3\n".utf8
    )
    .write(to: fake)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
    let broken = try CommandRunner.run(
      ["build", catalog, "--out", out.path, "--pdf"], environment: ["QINGDAN_WEASYPRINT": fake.path])
    #expect(broken.status == 2)
    #expect(broken.stderr.contains("排版出错"))
    #expect(try TemporaryTree(out).contents() == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
    #expect(leftovers == ["site"])
  }

  /// A rebuild links the pages that did not change from the previous output instead of writing them again, but
  /// only files that are certainly its own: not a link planted in the output, not a file with another name
  /// elsewhere. The result is what a build into a new folder gives.
  @Test func aRebuildReusesOnlyItsOwnUnchangedPages() throws {
    let catalog = try TemporaryCatalog(copying: Fixtures.dejiang)
    let base = try temporaryFolder()
    let out = base.appendingPathComponent("site")
    #expect(try CommandRunner.run(["build", catalog.path, "--out", out.path]).status == 0)
    func inode(_ path: String) throws -> UInt64 {
      var info = stat()
      try #require(lstat(out.appendingPathComponent(path).path, &info) == 0)
      return UInt64(info.st_ino)
    }
    let unchanged = "items/dj-gg-0002.html"
    let unchangedInode = try inode(unchanged)
    // A page replaced by a link to a file outside with the same bytes, and a page with a second name outside.
    let linkedPage = "items/dj-gg-0003.html"
    let hardPage = "items/dj-gg-0004.html"
    let outsideCopy = base.appendingPathComponent("outside-copy.html")
    let outsideHard = base.appendingPathComponent("outside-hard.html")
    try FileManager.default.copyItem(at: out.appendingPathComponent(linkedPage), to: outsideCopy)
    try FileManager.default.removeItem(at: out.appendingPathComponent(linkedPage))
    try FileManager.default.createSymbolicLink(
      at: out.appendingPathComponent(linkedPage), withDestinationURL: outsideCopy)
    #expect(link(out.appendingPathComponent(hardPage).path, outsideHard.path) == 0)
    let hardInode = try inode(hardPage)

    try catalog.edit("services/shehui-jiuzhu.yaml") {
      $0.replacingOccurrences(of: "name: 最低生活保障申请受理", with: "name: 最低生活保障申请受理（含临时救助）")
    }
    #expect(try CommandRunner.run(["build", catalog.path, "--out", out.path]).status == 0)
    let fresh = base.appendingPathComponent("fresh")
    #expect(try CommandRunner.run(["build", catalog.path, "--out", fresh.path]).status == 0)
    #expect(try TemporaryTree(out).contents() == TemporaryTree(fresh).contents())
    #expect(try read(out.appendingPathComponent("items/dj-gg-0001.html")).contains("含临时救助"))
    #expect(try inode(unchanged) == unchangedInode)
    #expect(try inode(hardPage) != hardInode)
    var info = stat()
    #expect(lstat(out.appendingPathComponent(linkedPage).path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
    #expect(lstat(outsideHard.path, &info) == 0 && info.st_nlink == 1)
    #expect(try Data(contentsOf: outsideCopy) == Data(contentsOf: fresh.appendingPathComponent(linkedPage)))
  }
}

/// Every file below a folder, for comparing two builds.
struct TemporaryTree {
  let root: URL

  init(_ root: URL) { self.root = root }

  func contents() throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
    while let url = enumerator?.nextObject() as? URL {
      guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
      files[String(url.path.dropFirst(root.path.count))] = try Data(contentsOf: url)
    }
    return files
  }
}
