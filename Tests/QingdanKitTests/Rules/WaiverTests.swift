import QingdanKit
import QingdanTestSupport
import Testing

@testable import QingdanCore

@Suite struct WaiverTests {
  private func catalogWithSixStations() -> FixtureCatalog {
    var catalog = FixtureCatalog()
    let township = FixtureCatalog.township(id: "alpha", name: "甲镇", code: "520626100", kind: "镇")
    catalog.files["townships/alpha.yaml"] = township.replacingOccurrences(
      of: "      - {id: czjs, name: 村镇建设服务中心, staff: 3}\n", with: "")
    return catalog
  }

  @Test func waiverExemptsButStillReports() throws {
    var catalog = catalogWithSixStations()
    catalog.set(
      "waivers.yaml", "waivers:\n  - {rule: stations-count, target: alpha, reason: 山区乡镇合并设置, approved: 测编办〔2024〕3号}")
    let result = try catalog.check()
    #expect(result.diagnostics.map(\.rule) == [StationsCountRule.id])
    #expect(result.diagnostics.first?.waived == true)
    #expect(result.summary == DiagnosticSummary(result.diagnostics))
    #expect(result.summary.waived == 1 && result.summary.warning == 0)
    #expect(result.exitStatus(failOn: .info) == 0)
  }

  @Test func itemWaiverAndTownshipWaiverForItems() throws {
    var catalog = FixtureCatalog()
    catalog.files["services/base.yaml"] = FixtureCatalog.base["services/base.yaml"]!.replacingOccurrences(
      of: "committed: 20", with: "committed: 40")
    catalog.set("waivers.yaml", "waivers:\n  - {rule: committed-within-statutory, target: T-GG-0001, reason: 试行}")
    #expect(try catalog.check().diagnostics.allSatisfy(\.waived))
    #expect(try catalog.check().exitStatus(failOn: .info) == 0)
  }

  @Test func countyWaiver() throws {
    var catalog = FixtureCatalog()
    catalog.files["qingdan.yaml"] = FixtureCatalog.base["qingdan.yaml"]!.replacingOccurrences(
      of: "date: 2024-02-01", with: "date: 2024-03-05")
    catalog.set("waivers.yaml", "waivers:\n  - {rule: edition-approved, target: county, reason: 补办批准手续中}")
    let result = try catalog.check()
    #expect(result.diagnostics.map(\.waived) == [true])
  }

  @Test func unusedWaivers() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "waivers.yaml",
      """
      waivers:
        - {rule: stations-count, target: 1️⃣alpha, reason: 已改正}
        - {rule: stations-count, target: 2️⃣nowhere, reason: 写错了}
      """)
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == UnusedWaiverRule.id }
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == text.allPositions)
    #expect(diagnostics.allSatisfy { $0.severity == .warning })
    #expect(diagnostics[1].message.contains("既不是事项编码，也不是乡镇 id"))
    #expect(try catalog.positions(of: UnknownReferenceRule.self) == [])
  }

  @Test func waiverOfUnknownRuleIsASchemaError() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set("waivers.yaml", "waivers:\n  - {rule: 1️⃣station-count, target: alpha, reason: x}")
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == SchemaRule.id }
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == text.allPositions)
    #expect(diagnostics.first?.message.contains("是否应为“stations-count”") == true)
  }
}
