import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// `qingdan diff` on a real git repository with two commits, and the published notice.
@Suite struct DiffCommandTests {
  /// A repository whose `catalog/` holds the fixture catalog at tag v1 and an edited one at HEAD.
  private func repository() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-git-\(UUID().uuidString)")
    let catalog = root.appendingPathComponent("catalog")
    var files = FixtureCatalog.base
    try write(files, to: catalog)
    let git = try Tool.find(["git"])
    let commit = { (message: String) throws in
      try Tool.run(git, ["-C", root.path, "add", "-A"])
      try Tool.run(
        git,
        ["-C", root.path, "-c", "user.name=测试", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", message])
    }
    try Tool.run(git, ["init", "-q", "-b", "main", root.path])
    try commit("第一版")
    try Tool.run(git, ["-C", root.path, "tag", "v1"])
    files["services/base.yaml"] = files["services/base.yaml"]!.replacingOccurrences(
      of: "committed: 20", with: "committed: 15")
    files["powers/base.yaml"] = files["powers/base.yaml"]!.replacingOccurrences(
      of: "townships: [alpha]", with: "townships: all")
    try write(files, to: catalog)
    try commit("第二版")
    return root
  }

  private func write(_ files: [String: String], to folder: URL) throws {
    for (path, text) in files {
      let file = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: file)
    }
  }

  @Test func comparesRevisionsWithoutTouchingTheWorkTree() throws {
    let root = try repository()
    defer { try? FileManager.default.removeItem(at: root) }
    let catalog = root.appendingPathComponent("catalog")
    // An uncommitted edit in the work tree: `diff HEAD` shows it, and leaves it as it is.
    let services = catalog.appendingPathComponent("services/base.yaml")
    let edited = String(decoding: try Data(contentsOf: services), as: UTF8.self).replacingOccurrences(
      of: "fee: 不收费", with: "fee: 免费")
    try Data(edited.utf8).write(to: services)
    let before = try Tool.run(try Tool.find(["git"]), ["-C", root.path, "status", "--porcelain"])

    let byTag = try CommandRunner.run(["diff", "v1", "HEAD", "--format", "json"], in: catalog)
    #expect(byTag.status == 0, "\(byTag.stderr)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(byTag.stdout.utf8)) as? [String: Any])
    let changes = try #require(report["changes"] as? [[String: Any]])
    #expect(changes.compactMap { $0["code"] as? String } == ["T-QL-0002", "T-GG-0001"])
    #expect(changes.first?["kinds"] as? [String] == ["extended"])
    let fields = try #require(changes.last?["fields"] as? [[String: Any]])
    #expect(fields.first?["field"] as? String == "time_limit.committed")
    #expect(fields.first?["old"] as? String == "20" && fields.first?["new"] as? String == "15")

    let explicit = try CommandRunner.run(["diff", "v1:catalog", "HEAD:catalog"], in: root)
    #expect(explicit.status == 0 && explicit.stdout.contains("扩大实施范围（1）"))
    let workTree = try CommandRunner.run(["diff", "HEAD", "."], in: catalog)
    #expect(workTree.stdout.contains("收费标准：不收费 → 免费"))
    let relative = try CommandRunner.run(["diff", "v1:./catalog", "catalog"], in: root)
    #expect(relative.stdout.contains("共 2 处变化") && relative.stdout.contains("承诺办结时限：20 → 15；收费标准：不收费 → 免费"))

    #expect(try Tool.run(try Tool.find(["git"]), ["-C", root.path, "status", "--porcelain"]) == before)
    #expect(String(decoding: try Data(contentsOf: services), as: UTF8.self) == edited)
  }

  @Test func clearErrorsForBadRevisionsAndPaths() throws {
    let root = try repository()
    defer { try? FileManager.default.removeItem(at: root) }
    let catalog = root.appendingPathComponent("catalog")
    let missing = try CommandRunner.run(["diff", "v9", "HEAD"], in: catalog)
    #expect(missing.status == 2 && missing.stderr.contains("版本“v9”"))
    let nowhere = try CommandRunner.run(["diff", "v1:nowhere", "HEAD:catalog"], in: root)
    #expect(nowhere.status == 2 && nowhere.stderr.contains("没有“nowhere”"))
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-nogit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: outside) }
    let noRepository = try CommandRunner.run(["diff", "v1", catalog.path], in: outside)
    #expect(noRepository.status == 2 && noRepository.stderr.contains("不在 git 仓库中"))
  }

  @Test func forbiddenChangeFailsTheRun() throws {
    let root = try repository()
    defer { try? FileManager.default.removeItem(at: root) }
    let catalog = root.appendingPathComponent("catalog")
    let powers = catalog.appendingPathComponent("powers/base.yaml")
    let text = String(decoding: try Data(contentsOf: powers), as: UTF8.self)
    try Data(("powers:\n  - code: T-QL-0002" + text.components(separatedBy: "  - code: T-QL-0002")[1]).utf8).write(
      to: powers)
    let output = try CommandRunner.run(["diff", "HEAD", "."], in: catalog)
    #expect(output.status == 1)
    #expect(output.stdout.contains("[no-recentralization]"))
    #expect(output.stdout.contains("HEAD:catalog/powers/base.yaml:2:5"))
  }

  @Test func buildSinceMarksChangedItems() throws {
    let root = try repository()
    defer { try? FileManager.default.removeItem(at: root) }
    let site = root.appendingPathComponent("site")
    let output = try CommandRunner.run(["build", "catalog", "--out", site.path, "--since", "v1"], in: root)
    #expect(output.status == 0, "\(output.stderr)")
    let read = { (path: String) in
      String(decoding: try Data(contentsOf: site.appendingPathComponent(path)), as: UTF8.self)
    }
    let changes = try read("changes.html")
    #expect(changes.contains("本版共有 2 处变化"))
    #expect(changes.contains("href=\"items/t-gg-0001.html\""))
    #expect(try read("items/t-gg-0001.html").contains("本版调整"))
    #expect(try read("items/t-ql-0002.html").contains("扩大实施范围"))
    #expect(!(try read("items/t-gg-0002.html")).contains("本版调整"))
    #expect(try read("index.html").contains("href=\"changes.html\""))

    // A forbidden change stops the build like an error in the catalog.
    let powers = root.appendingPathComponent("catalog/powers/base.yaml")
    let text = String(decoding: try Data(contentsOf: powers), as: UTF8.self)
    try Data(("powers:\n  - code: T-QL-0002" + text.components(separatedBy: "  - code: T-QL-0002")[1]).utf8).write(
      to: powers)
    let refused = try CommandRunner.run(
      ["build", "catalog", "--out", root.appendingPathComponent("site2").path, "--since", "v1"], in: root)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("no-recentralization"))
  }

  @Test func markdownNoticeAndJSONGolden() throws {
    let old = FixtureCatalog()
    var new = FixtureCatalog()
    new.files["services/base.yaml"] = new.files["services/base.yaml"]!
      .replacingOccurrences(of: "committed: 20", with: "committed: 15")
      .replacingOccurrences(of: "code: T-GG-0002", with: "code: T-GG-0102")
      .replacingOccurrences(of: "name: 最低生活保障申请受理", with: "name: 最低生活保障审核确认申请")
    new.files["powers/base.yaml"] = new.files["powers/base.yaml"]!.replacingOccurrences(
      of: "townships: [alpha]", with: "townships: [beta]")
    new.files["services/more.yaml"] = "services:\n  - {code: T-GG-0009, name: 临时救助申请受理, domain: 社会救助}"
    new.files["qingdan.yaml"] = new.files["qingdan.yaml"]!.replacingOccurrences(
      of: "edition: 2024年版", with: "edition: 2025年版")
    let diff = EditionComparer().compare(
      old: try CatalogLoader().load(MemoryStorage(files: old.files)),
      new: try CatalogLoader().load(MemoryStorage(files: new.files)), oldName: "v1", newName: "catalog")
    for (format, name) in [(ReportFormat.markdown, "diff.md"), (.json, "diff.json"), (.human, "diff.human.txt")] {
      let difference = try Golden.compare(try #require(diff.report(format)), to: name)
      #expect(difference == nil, "\(difference ?? "")")
    }
  }

  /// Two catalog folders: the fixture catalog as the old edition, and `edit` of it as the new one.
  private func editions(_ edit: (inout [String: String]) -> Void) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-editions-\(UUID().uuidString)")
    var files = FixtureCatalog.base
    try write(files, to: root.appendingPathComponent("old"))
    edit(&files)
    try write(files, to: root.appendingPathComponent("new"))
    return root
  }

  @Test func aBrokenNewEditionFailsInEveryFormat() throws {
    let root = try editions { files in
      files["powers/base.yaml"] = files["powers/base.yaml"]!
        .replacingOccurrences(of: "    name: 农村村民宅基地审批\n", with: "")
        .replacingOccurrences(of: "category: 行政处罚", with: "category: 行政处分")
        .replacingOccurrences(of: "townships: [alpha]", with: "townships: [alpha, gamma]")
    }
    defer { try? FileManager.default.removeItem(at: root) }
    for format in ReportFormat.allCases where EditionDiff.reportFormats.contains(format) {
      let output = try CommandRunner.run(["diff", "old", "new", "--format", format.rawValue], in: root)
      #expect(output.status == 1, "\(format): \(output.stdout)\(output.stderr)")
      // The three faults, each said to be the new edition's.
      #expect(output.stdout.components(separatedBy: "新版：").count - 1 >= 3, "\(format): \(output.stdout)")
      #expect(output.stdout.contains("gamma"), "\(format)")
      if format != .markdown { #expect(output.stdout.contains("new/powers/base.yaml") || format == .json) }
    }
    let json = try CommandRunner.run(["diff", "old", "new", "--format", "json"], in: root)
    let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
    #expect(Set(diagnostics.compactMap { $0["edition"] as? String }) == ["new"])
    #expect(diagnostics.count == 3)
  }

  @Test func anEditionThatDoesNotLoadExitsTwoInEveryFormat() throws {
    let root = try editions { files in files["powers/base.yaml"] = "powers: [\n" }
    defer { try? FileManager.default.removeItem(at: root) }
    for format in ReportFormat.allCases where EditionDiff.reportFormats.contains(format) {
      let output = try CommandRunner.run(["diff", "new", "old", "--format", format.rawValue], in: root)
      #expect(output.status == 2, "\(format): \(output.stdout)\(output.stderr)")
      #expect(output.stdout.contains("旧版："), "\(format): \(output.stdout)")
    }
  }

  @Test func failOnFollowsCheck() throws {
    // A delegated power without funding: a warning of delegation-funding in the new edition.
    let root = try editions { files in
      files["powers/base.yaml"] = files["powers/base.yaml"]!.replacingOccurrences(
        of: "    funding: 县财政预算安排\n", with: "")
    }
    defer { try? FileManager.default.removeItem(at: root) }
    let byDefault = try CommandRunner.run(["diff", "old", "new"], in: root)
    #expect(byDefault.status == 0, "\(byDefault.stdout)")
    #expect(byDefault.stdout.contains("[delegation-funding] 新版："))
    let strict = try CommandRunner.run(["diff", "old", "new", "--fail-on", "warning"], in: root)
    #expect(strict.status == 1)
  }

  @Test func aMergedTownshipInTheCLI() throws {
    let root = try editions { files in
      files["townships/beta.yaml"] = "townships:\n  - {id: beta, name: 乙街道, merged_into: alpha}\n"
    }
    defer { try? FileManager.default.removeItem(at: root) }
    let output = try CommandRunner.run(["diff", "old", "new", "--fail-on", "warning"], in: root)
    #expect(output.status == 0, "\(output.stdout)")
    #expect(!output.stdout.contains("权力事项"))
    let check = try CommandRunner.run(["check", "new"], in: root)
    #expect(check.status == 0, "\(check.stdout)")
  }
}
