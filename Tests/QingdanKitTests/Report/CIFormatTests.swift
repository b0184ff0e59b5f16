import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The formats CI systems read, and the baseline for adopting qingdan on an imperfect list.
@Suite struct CIFormatTests {
  let violations = Fixtures.violations

  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-ci-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test(arguments: [
    ("sarif", "violations.sarif"), ("junit", "violations.junit.xml"), ("github", "violations.github.txt"),
  ])
  func golden(format: String, file: String) throws {
    let output = try CommandRunner.run(["check", violations, "--format", format])
    #expect(output.status == 1)
    let difference = try Golden.compare(output.stdout, to: file)
    #expect(difference == nil, "\(difference ?? "")")
  }

  @Test func sarifIsValidAgainstTheOASISSchema() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = folder.appendingPathComponent("report.sarif")
    let output = try CommandRunner.run(["check", violations, "--format", "sarif", "--output", report.path])
    #expect(output.status == 1)
    // The human summary still goes to the terminal.
    #expect(output.stdout.contains("结果：错误"))
    let schema = try SARIFSchema.location()
    let checker = CommandRunner.packageRoot.appendingPathComponent(".venv/bin/check-jsonschema").path
    let validation = try Tool.runCapturing(
      try Tool.find([checker, "check-jsonschema"]), ["--schemafile", schema.path, report.path], in: folder)
    #expect(validation.status == 0, "\(validation.output)")
    let sarif = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
    let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
    let rules = try #require(
      ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
    #expect(rules.count == RuleRegistry.descriptors.count)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.contains { ($0["suppressions"] as? [[String: Any]]) != nil })
    let location = try #require(
      ((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
    #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "\(violations)/powers/ziran.yaml")
  }

  @Test func theSARIFSchemaIsInTheRepository() throws {
    let schema = try SARIFSchema.location()
    let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schema)) as? [String: Any])
    #expect((object["id"] as? String)?.hasSuffix("/sarif-schema-2.1.0.json") == true)
    let notice = schema.deletingLastPathComponent().appendingPathComponent("NOTICE")
    #expect(try String(contentsOf: notice, encoding: .utf8).contains("OASIS IPR Policy"))
  }

  @Test func junitParsesAndCountsFailures() throws {
    let output = try CommandRunner.run(["check", violations, "--format", "junit"])
    let counter = JUnitCounter()
    let parser = XMLParser(data: Data(output.stdout.utf8))
    parser.delegate = counter
    #expect(parser.parse(), "JUnit is not well-formed XML")
    let report = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try CommandRunner.run(["check", violations, "--format", "json"]).stdout.utf8)) as? [String: Any])
    let errors = try #require((report["summary"] as? [String: Int])?["error"])
    #expect(counter.failures > 0 && counter.failures <= errors)
    #expect(counter.declaredFailures == counter.failures)
    #expect(counter.testcases > 50)
  }

  @Test func githubCommandsAreWellFormed() throws {
    let output = try CommandRunner.run(["check", violations, "--format", "github"])
    let lines = output.stdout.split(separator: "\n")
    #expect(!lines.isEmpty)
    for line in lines {
      #expect(
        line.range(
          of: #"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[^:]+::\S"#, options: .regularExpression)
          != nil, "\(line)")
    }
    #expect(!output.stdout.contains("stations-count"), "waived findings are not annotated")
  }

  @Test func baselineRoundTrip() throws {
    let catalog = try TemporaryCatalog(copying: violations)
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = folder.appendingPathComponent("baseline.json").path
    let written = try CommandRunner.run(["check", catalog.path, "--write-baseline", baseline])
    #expect(written.status == 0, "\(written.stdout)")
    #expect(written.stderr.contains("记入基线"))

    // Unchanged: everything is known. Moving lines does not matter.
    try catalog.edit("powers/ziran.yaml") { "# 一行注释，使后面的行号都变了\n" + $0 }
    let known = try CommandRunner.run(["check", catalog.path, "--baseline", baseline, "--format", "json"])
    #expect(known.status == 0, "\(known.stdout)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(known.stdout.utf8)) as? [String: Any])
    #expect((report["summary"] as? [String: Int])?["error"] == 0)
    #expect(((report["baseline"] as? [String: Any])?["known"] as? Int ?? 0) > 20)

    // A new violation fails, and only it.
    try catalog.edit("village/weituo.yaml") {
      $0 + "  - {code: SL-CW-0009, name: 新签的目标责任书, kind: 行政责任书, office: shsw}\n"
    }
    let fresh = try CommandRunner.run(["check", catalog.path, "--baseline", baseline])
    #expect(fresh.status == 1)
    let failing = fresh.stdout.split(separator: "\n").filter { $0.contains(": 错误 [") }
    #expect(failing.count == 1 && failing.first?.contains("SL-CW-0009") == true, "\(failing)")

    // A fixed finding leaves a stale entry, which is reported.
    try catalog.edit("townships/shiyan.yaml") {
      $0.replacingOccurrences(of: "township_weight: 50", with: "township_weight: 60")
    }
    let stale = try CommandRunner.run(["check", catalog.path, "--baseline", baseline])
    #expect(stale.stdout.contains("基线中有 1 条问题已不再出现"))
    #expect(stale.stdout.contains("[dispatched-weight] shiyan"))
  }

  @Test func badBaselineIsAnOperationalError() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("baseline.json")
    try Data("不是 JSON".utf8).write(to: file)
    let output = try CommandRunner.run(["check", Fixtures.dejiang, "--baseline", file.path])
    #expect(output.status == 2 && output.stderr.contains("基线文件"))
  }
}

/// Counts test cases and failures in a JUnit document.
final class JUnitCounter: NSObject, XMLParserDelegate {
  var testcases = 0
  var failures = 0
  var declaredFailures = 0

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch elementName {
    case "testcase": testcases += 1
    case "failure": failures += 1
    case "testsuites": declaredFailures = Int(attributes["failures"] ?? "") ?? -1
    default: break
    }
  }
}

@Suite struct DiffCIFormatTests {
  @Test func diffSpeaksEveryCIFormat() throws {
    let arguments = ["diff", Fixtures.dawangBatch1, Fixtures.dawang]
    let github = try CommandRunner.run(arguments + ["--format", "github"])
    #expect(github.status == 0)
    #expect(
      github.stdout.contains(
        "\n::warning file=catalogs/dawang-batch1/powers/anquan-shengchan.yaml,line=54,col=5,title=qingdan withdrawn::"))

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-diffci-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let sarif = folder.appendingPathComponent("diff.sarif")
    #expect(try CommandRunner.run(arguments + ["--format", "sarif", "--output", sarif.path]).status == 0)
    let schema = try SARIFSchema.location()
    let checker = CommandRunner.packageRoot.appendingPathComponent(".venv/bin/check-jsonschema").path
    let validation = try Tool.runCapturing(
      try Tool.find([checker, "check-jsonschema"]), ["--schemafile", schema.path, sarif.path], in: folder)
    #expect(validation.status == 0, "\(validation.output)")

    let junit = try CommandRunner.run(arguments + ["--format", "junit"])
    let counter = JUnitCounter()
    let parser = XMLParser(data: Data(junit.stdout.utf8))
    parser.delegate = counter
    #expect(parser.parse())
    #expect(counter.testcases == 110)
    #expect(counter.failures == 0)
  }
}

/// The OASIS SARIF 2.1.0 schema, kept in the repository so that a fresh clone passes its tests alone.
enum SARIFSchema {
  struct Missing: Error, CustomStringConvertible {
    let path: String
    var description: String { "the OASIS SARIF schema is missing from the repository: \(path)" }
  }

  static func location() throws -> URL {
    let url = Fixtures.url(Fixtures.sarifSchema)
    guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(path: url.path) }
    return url
  }
}
