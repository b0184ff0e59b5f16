import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

@Suite struct ReporterGoldenTests {
  private func violations() throws -> CheckResult {
    let path = Fixtures.url(Fixtures.violations).path
    return try Checker().check(DirectoryStorage(path: path))
  }

  @Test func humanReport() throws {
    let text = HumanReporter(root: "violations", color: false).render(try violations())
    let difference = try Golden.compare(text, to: "violations.human.txt")
    #expect(difference == nil, "\(difference ?? "")")
  }

  @Test func humanReportColoursOnlyWhenAsked() throws {
    let result = try violations()
    #expect(HumanReporter(root: "v", color: true).render(result).contains("\u{1B}[31m错误\u{1B}[0m"))
    #expect(!HumanReporter(root: "v", color: false).render(result).contains("\u{1B}["))
  }

  @Test func jsonReport() throws {
    let text = JSONReporter().render(try violations())
    let difference = try Golden.compare(text, to: "violations.json")
    #expect(difference == nil, "\(difference ?? "")")
    // And it is JSON that any parser reads.
    #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
  }

  @Test func jsonEscapesEverything() throws {
    let diagnostic = Diagnostic(
      rule: "schema", severity: .error, message: "引号\"反斜杠\\换行\n控制\u{01}",
      location: SourceLocation(file: "a b/名.yaml", line: 1, column: 2),
      citation: "FORMAT.md", code: "X\"1")
    let object = JSONReporter.object(diagnostic)
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(object.utf8)) as? [String: Any])
    #expect(parsed["message"] as? String == diagnostic.message)
    #expect(parsed["code"] as? String == "X\"1")
    #expect(parsed["township"] == nil)
  }

  @Test func rulesReference() throws {
    let difference = try Golden.compare(
      RulesReference(profile: BuiltinProfiles.dejiang).render(), to: "rules.dejiang-2018.txt")
    #expect(difference == nil, "\(difference ?? "")")
  }
}
