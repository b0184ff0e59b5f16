import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// What JUnit and SARIF reports say, as Jenkins, GitLab, GitHub code scanning and sarif-tools read them.
@Suite struct CIReportContentTests {
  let violations = Fixtures.violations
  /// The reason of the violations catalog's waiver of `stations-count` for `shiyan`.
  let waiverReason = "山区乡镇，林业站与水利站合署办公"

  private func junit(_ arguments: [String]) throws -> (status: Int32, document: JUnitDocument) {
    let output = try CommandRunner.run(["check"] + arguments + ["--format", "junit"])
    return (output.status, try JUnitDocument(output.stdout))
  }

  @Test func junitFailsOnWarningsWhenTheExitStatusDoes() throws {
    let byDefault = try junit([violations])
    #expect(!byDefault.document.cases.contains { $0.text["failure"]?.contains(": 警告 ") == true })
    let strict = try junit([violations, "--fail-on", "warning"])
    #expect(strict.status == 1)
    let warned = strict.document.cases.filter { $0.text["failure"]?.contains(": 警告 ") == true }
    #expect(!warned.isEmpty)
    let failures = strict.document.cases.filter { $0.elements["failure"] != nil }.count
    #expect(Int(strict.document.root["failures"] ?? "") == failures)
    #expect(failures > (Int(byDefault.document.root["failures"] ?? "") ?? .max))
  }

  @Test func junitReportsALoadFailureAsAnErrorAndNothingAsPassed() throws {
    let catalog = try TemporaryCatalog(copying: violations)
    try catalog.write("powers/broken.yaml", "powers:\n  - code: [unclosed\n")
    let (status, document) = try junit([catalog.path])
    #expect(status == 2)
    #expect(!document.cases.isEmpty)
    #expect(document.cases.contains { $0.elements["error"]?["type"] == "load" })
    #expect(Int(document.root["errors"] ?? "") ?? 0 >= 1)
    let passed = document.cases.filter { $0.elements.isEmpty }
    #expect(passed.isEmpty, "\(passed.map(\.attributes))")
  }

  @Test func junitSkipsWaivedFindingsWithTheWaiversReason() throws {
    let document = try junit([violations]).document
    let waived = document.cases.filter { $0.elements["skipped"] != nil }
    #expect(!waived.isEmpty)
    #expect(waived.contains { $0.elements["skipped"]?["message"] == "已豁免：\(waiverReason)" })
    #expect(Int(document.root["skipped"] ?? "") == waived.count)
  }

  @Test func junitWritesEachMessageOnceAndClassNamesWithoutDots() throws {
    let document = try junit([violations]).document
    let report = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try CommandRunner.run(["check", violations, "--format", "json"]).stdout.utf8)) as? [String: Any])
    let messages = try #require(report["diagnostics"] as? [[String: Any]]).compactMap { $0["message"] as? String }
    let text = document.texts.joined(separator: "\n")
    for message in Set(messages) {
      let written = text.components(separatedBy: message).count - 1
      #expect(written == messages.filter { $0 == message }.count, "\(message) is written \(written) times")
    }
    for testCase in document.cases {
      let classname = try #require(testCase.attributes["classname"])
      #expect(!classname.contains("."), "\(classname)")
    }
    #expect(document.cases.contains { $0.attributes["classname"] == "\(violations)/powers/ziran_yaml" })
  }

  private func sarifRun(_ arguments: [String]) throws -> (status: Int32, run: [String: Any]) {
    let output = try CommandRunner.run(arguments + ["--format", "sarif"])
    let sarif = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    return (output.status, try #require((sarif["runs"] as? [[String: Any]])?.first))
  }

  @Test func sarifDescribesTheRun() throws {
    let (status, run) = try sarifRun(["check", violations])
    #expect(status == 1)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    #expect((run["automationDetails"] as? [String: Any])?["id"] as? String == "qingdan/check/\(violations)/")
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["exitCode"] as? Int == 1)
    #expect(invocation["executionSuccessful"] as? Bool == true)
    let rules = try #require(
      ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
    let readme = try String(contentsOf: Fixtures.url("README.md"), encoding: .utf8)
    #expect(readme.contains("\n## 规则一览\n"), "helpUri points at the README's rules reference")
    for rule in rules {
      let id = try #require(rule["id"] as? String)
      #expect(((rule["help"] as? [String: Any])?["text"] as? String)?.isEmpty == false, "\(id)")
      #expect(
        rule["helpUri"] as? String == "https://github.com/qingdan-tools/qingdan#%E8%A7%84%E5%88%99%E4%B8%80%E8%A7%88")
      #expect(readme.contains("| `\(id)` |"), "the README's rules reference lists \(id)")
    }
    let results = try #require(run["results"] as? [[String: Any]])
    let suppressions = results.compactMap { $0["suppressions"] as? [[String: Any]] }.flatMap { $0 }
    #expect(
      suppressions.contains { $0["kind"] as? String == "external" && $0["justification"] as? String == waiverReason })
  }

  @Test(arguments: ["absolute", "dotted"])
  func sarifURIsAreRelativeToTheSourceRoot(path: String) throws {
    let catalog = path == "absolute" ? Fixtures.url(violations).path : "Tests/../\(violations)"
    let (_, run) = try sarifRun(["check", catalog])
    #expect((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] != nil)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(!results.isEmpty)
    for result in results {
      let locations = try #require(result["locations"] as? [[String: Any]])
      let artifact = try #require(
        (locations.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])
      let uri = try #require(artifact["uri"] as? String)
      #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
      #expect(uri.hasPrefix("\(violations)/"), "\(uri)")
      #expect(!uri.hasPrefix("/") && !uri.split(separator: "/").contains(".."), "\(uri)")
    }
  }

  @Test func sarifSaysWhenTheCatalogDidNotLoad() throws {
    let catalog = try TemporaryCatalog(copying: violations)
    try catalog.write("powers/broken.yaml", "powers:\n  - code: [unclosed\n")
    let (status, run) = try sarifRun(["check", catalog.path])
    #expect(status == 2)
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["exitCode"] as? Int == 2)
    #expect(invocation["executionSuccessful"] as? Bool == false)
    // A catalog outside the folder qingdan ran in is a base of its own, and its files stay relative.
    let bases = try #require(run["originalUriBaseIds"] as? [String: Any])
    let base = try #require(bases["CATALOG"] as? [String: Any])
    #expect((base["uri"] as? String)?.hasPrefix("file:///") == true)
    let results = try #require(run["results"] as? [[String: Any]])
    let artifacts = results.compactMap {
      (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
        as? [String: Any]
    }
    #expect(
      artifacts.contains { $0["uri"] as? String == "powers/broken.yaml" && $0["uriBaseId"] as? String == "CATALOG" })
  }
}
