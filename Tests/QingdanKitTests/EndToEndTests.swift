import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// The built binary on real catalogs: exit codes, JSON, and the example catalog staying clean.
@Suite struct EndToEndTests {
  let violations = Fixtures.violations

  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func exampleCatalogChecksClean() throws {
    let output = try CommandRunner.run(["check", Fixtures.dejiang, "--fail-on", "info"])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(output.stdout.contains("✓ 未发现问题"))
    let report = try json(try CommandRunner.run(["check", Fixtures.dejiang, "--format", "json"]).stdout)
    let summary = try #require(report["summary"] as? [String: Int])
    #expect(summary["error"] == 0 && summary["warning"] == 0 && summary["info"] == 0)
  }

  @Test func exampleCatalogIsRealistic() throws {
    let catalog = try QingdanKitTestCatalog.load(Fixtures.dejiang)
    #expect(Set(catalog.townships.compactMap(\.kind?.rawValue)) == ["乡", "镇", "街道"])
    #expect(catalog.townships.contains { $0.pilot })
    #expect(catalog.powers.count >= 30 && catalog.services.count >= 30 && catalog.villageMatters.count >= 5)
  }

  @Test func plantedViolationsFailWithEveryRule() throws {
    let output = try CommandRunner.run(["check", violations, "--format", "json"])
    #expect(output.status == 1)
    let report = try json(output.stdout)
    let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
    let rules = Set(diagnostics.compactMap { $0["rule"] as? String })
    #expect(
      rules == [
        "schema", "duplicate-id", "unknown-reference", "code-prefix", "edition-approved", "offices-count",
        "stations-count", "enforcement-office", "dispatched-weight", "power-elements", "delegation-approved",
        "delegator-trains", "delegation-funding", "reserved-powers", "poor-acceptance", "service-elements",
        "service-object", "time-limit-stated", "committed-within-statutory", "non-proxy", "disclosure-frequency",
        "no-responsibility-letters", "village-agreement", "village-terms", "village-publicity", "unused-waiver",
      ])
    for diagnostic in diagnostics {
      let keys = Set(diagnostic.keys)
      #expect(keys.isSuperset(of: ["rule", "severity", "message", "file", "line", "column", "citation", "waived"]))
      #expect((diagnostic["message"] as? String)?.hasSuffix("）") == true)
      #expect(!(diagnostic["file"] as? String ?? "/").hasPrefix("/"))
    }
    let waived = diagnostics.filter { $0["waived"] as? Bool == true }
    #expect(waived.map { $0["rule"] as? String } == ["stations-count"])
    let summary = try #require(report["summary"] as? [String: Int])
    #expect(summary["waived"] == 1)
    #expect(
      summary["error"]
        == diagnostics.filter { $0["severity"] as? String == "error" && $0["waived"] as? Bool == false }.count)
  }

  @Test func failOnLowersTheThreshold() throws {
    let catalog = try TemporaryCatalog(copying: Fixtures.dejiang)
    // A service without object is a warning under dejiang-2018: exit 0, but 1 with --fail-on warning.
    try catalog.edit("services/laodong-jiuye.yaml") { text in
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let index = try #require(lines.firstIndex { $0.hasPrefix("    object:") })
      return (lines[..<index] + lines[(index + 1)...]).joined(separator: "\n")
    }
    #expect(try CommandRunner.run(["check", catalog.path]).status == 0)
    #expect(try CommandRunner.run(["check", catalog.path, "--fail-on", "warning"]).status == 1)
    // The same catalog under beijing-2018, where a missing object is an error.
    #expect(try CommandRunner.run(["check", catalog.path, "--profile", "beijing-2018"]).status == 1)
  }

  @Test func loadFailureAndMisuseExitTwo() throws {
    let catalog = try TemporaryCatalog(copying: Fixtures.dejiang)
    try catalog.write("services/broken.yaml", "services:\n  - code: [unclosed\n")
    let broken = try CommandRunner.run(["check", catalog.path, "--format", "json"])
    #expect(broken.status == 2)
    let diagnostics = try #require(try json(broken.stdout)["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.first?["rule"] as? String == "load")
    #expect(diagnostics.first?["file"] as? String == "services/broken.yaml")

    let missing = try CommandRunner.run(["check", "/nonexistent/catalog"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("不是清单目录"))
    #expect(try CommandRunner.run(["check", "--format", "xml", Fixtures.dejiang]).status == 2)
    #expect(try CommandRunner.run(["check", "--fail-on", "never", Fixtures.dejiang]).status == 2)
    #expect(try CommandRunner.run(["frobnicate"]).status == 2)
    #expect(try CommandRunner.run(["check", Fixtures.dejiang, "--profile", "nowhere-2020"]).status == 2)
  }

  @Test func helpAndVersionExitZero() throws {
    #expect(try CommandRunner.run(["--help"]).status == 0)
    #expect(try CommandRunner.run(["--version"]).status == 0)
  }

  @Test func rulesCommandListsEveryRule() throws {
    let output = try CommandRunner.run(["rules", "--profile", "jiangjin-pilot"])
    #expect(output.status == 0)
    #expect(output.stdout.contains("offices-count  [错误]"))
    #expect(output.stdout.contains("参数 min = 4"))
    #expect(output.stdout.contains("依据：003 二(三)"))
    #expect(output.stdout.contains("stations-count  [关闭]"))
    let json = try self.json(try CommandRunner.run(["rules", "--format", "json"]).stdout)
    #expect((json["rules"] as? [[String: Any]])?.count == RuleRegistry.descriptors.count)
    let catalogRules = try CommandRunner.run(["rules", Fixtures.dejiang])
    #expect(catalogRules.stdout.hasPrefix("规则配置 dejiang-2018"))
  }

  @Test func inputsAreNeverModified() throws {
    let catalog = try TemporaryCatalog(copying: violations)
    let before = try catalog.snapshot()
    _ = try CommandRunner.run(["check", catalog.path, "--format", "json"])
    #expect(try catalog.snapshot() == before)
  }
}

@Suite struct ReadmeTests {
  @Test func readmeStartsWithTheTwoCommandsAndListsEveryRule() throws {
    let readme = try String(
      decoding: Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent("README.md")), as: UTF8.self)
    let firstBlock = try #require(readme.components(separatedBy: "```sh\n").dropFirst().first)
    #expect(firstBlock.hasPrefix("make run"))
    #expect(firstBlock.contains("\nmake test"))
    for descriptor in RuleRegistry.descriptors {
      #expect(readme.contains("| `\(descriptor.id)` |"), "README lacks rule \(descriptor.id)")
    }
  }
}

@Suite struct ProfileFromCommandLineTests {
  @Test func profileFileRelativeToWorkingDirectory() throws {
    let catalog = try TemporaryCatalog(copying: Fixtures.dejiang)
    try catalog.write("../strict.yaml", "id: strict\nextends: dejiang-2018\nrules:\n  stations-count: error\n")
    let parent = catalog.url.deletingLastPathComponent()
    // Outside the catalog, named from the working directory: the waiver still applies.
    let outside = try CommandRunner.run(
      ["check", "catalog", "--profile", "strict.yaml", "--format", "json"], in: parent)
    #expect(outside.status == 0, "\(outside.stdout)\(outside.stderr)")
    try catalog.write("rules/inside.yaml", "id: inside\nrules:\n  offices-count: {min: 9, max: 9}\n")
    // Inside the catalog, named from the working directory: not loaded as a catalog file, and its rule applies.
    let inside = try CommandRunner.run(["check", "catalog", "--profile", "catalog/rules/inside.yaml"], in: parent)
    #expect(inside.status == 1)
    #expect(inside.stdout.contains("[offices-count]"))
    #expect(!inside.stdout.contains("[schema]"))
  }
}

/// The second example: 大王镇's 108 delegated powers in two editions.
@Suite struct DawangExampleTests {
  @Test func bothEditionsCheckWithoutErrorsOrWarnings() throws {
    for path in [Fixtures.dawang, Fixtures.dawangBatch1] {
      let output = try CommandRunner.run(["check", path, "--fail-on", "warning"])
      #expect(output.status == 0, "\(path): \(output.stdout)")
    }
  }

  @Test func theCurrentEditionMatchesTheReport() throws {
    let catalog = try QingdanKitTestCatalog.load(Fixtures.dawang)
    #expect(catalog.powers.count == 108)
    let acceptance = Dictionary(grouping: catalog.powers.compactMap(\.acceptance), by: { $0 }).mapValues(\.count)
    #expect(acceptance == [.good: 36, .fair: 30, .poor: 42])
    #expect(catalog.townships.map(\.name) == ["大王镇"])
    #expect(catalog.townships.first?.offices.count == 6 && catalog.townships.first?.stations.count == 7)
  }

  @Test func theTwoBatchesDiffAsTheDemoShows() throws {
    let output = try CommandRunner.run(["diff", Fixtures.dawangBatch1, Fixtures.dawang, "--format", "json"])
    #expect(output.status == 0, "\(output.stderr)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let changes = try #require(report["changes"] as? [[String: Any]])
    let kinds = changes.flatMap { $0["kinds"] as? [String] ?? [] }
    #expect(kinds.filter { $0 == "added" }.count == 48)
    #expect(kinds.filter { $0 == "removed" }.count == 1)
    #expect(kinds.filter { $0 == "renamed" }.count == 1)
    #expect(kinds.filter { $0 == "recoded" }.count == 1)
    let recoded = try #require(changes.first { ($0["kinds"] as? [String])?.contains("recoded") == true })
    #expect(recoded["old_code"] as? String == "GR-DW-DS-001")
    let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
    // The withdrawal, and the new edition's own notes (as check reports them), each naming its edition.
    #expect(diagnostics.filter { $0["rule"] as? String == "withdrawn" }.map { $0["edition"] as? String } == ["old"])
    let notes = diagnostics.filter { $0["rule"] as? String != "withdrawn" }
    #expect(notes.count == 42)
    #expect(notes.allSatisfy { $0["rule"] as? String == "poor-acceptance" && $0["edition"] as? String == "new" })
  }
}

/// The benchmark generator writes catalogs that check clean, and changed copies that diff as changes.
@Suite struct GeneratorTests {
  @Test func generatedCatalogsCheckCleanAndDiff() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-gen-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let generator = CommandRunner.packageRoot.appendingPathComponent("scripts/gen-catalog").path
    let python = try Tool.find(["python3"])
    let old = folder.appendingPathComponent("old").path
    let new = folder.appendingPathComponent("new").path
    try Tool.run(python, [generator, old, "--items", "3000", "--townships", "20"])
    try Tool.run(python, [generator, new, "--items", "3000", "--townships", "20", "--change-percent", "5"])
    let check = try CommandRunner.run(["check", old, "--fail-on", "info"])
    #expect(check.status == 0, "\(check.stdout.suffix(2000))")
    #expect(check.stdout.contains("20 个乡镇，1200 项权力事项，1500 项公共服务事项，300 项委托村(居)承办事项"))
    let diff = try CommandRunner.run(["diff", old, new, "--format", "json"])
    let report = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
    let changes = try #require(report["changes"] as? [[String: Any]])
    #expect(changes.count > 50 && changes.count < 300)
    // Regenerating gives the same bytes.
    let again = folder.appendingPathComponent("again").path
    try Tool.run(python, [generator, again, "--items", "3000", "--townships", "20"])
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: old + "/powers/f0000.yaml"))
        == Data(contentsOf: URL(fileURLWithPath: again + "/powers/f0000.yaml")))
  }
}
