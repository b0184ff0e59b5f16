import QingdanKit
import QingdanTestSupport
import Testing

@testable import QingdanCore

/// A delegated power, complete; tests remove or change one line. Fields may carry markers.
private let delegated = """
  powers:
    - code: P-0001
      name: 对擅自占用城市绿地的处罚
      category: 行政处罚
      source: 委托
      department: ziran
      basis: [《城市绿化条例》第二十七条]
      delegation_basis: 《中华人民共和国行政处罚法》第二十四条
      office: jjfz
      responsibilities: [立案责任, 调查责任]
      supervision: 县自然资源局
      trainer: ziran
      funding: 县财政预算安排
      approval: {document: 测府函〔2024〕6号, date: 2024-01-10}
      townships: [alpha]
  """

private func powers(replacing line: String, with replacement: String) -> String {
  precondition(delegated.contains(line), "fixture has no line \(line)")
  return delegated.replacingOccurrences(of: line, with: replacement)
}

@Suite struct PowerRulesTests {
  @Test func completeDelegatedPowerIsQuiet() throws {
    var catalog = FixtureCatalog()
    catalog.set("powers/test.yaml", delegated)
    #expect(try catalog.check(profile: "beijing-2018").diagnostics.map(\.message) == [])
    #expect(try catalog.check().diagnostics.map(\.message) == [])
  }

  @Test func powerElementsOnePerMissingElement() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "powers/test.yaml",
      """
      powers:
        - 1️⃣code: P-0002
          name: 对农村村民未经批准占用土地建住宅的处罚
          category: 行政处罚
          source: 法定
          basis: 2️⃣[]
      """)
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == PowerElementsRule.id }
    #expect(diagnostics.count == 4)
    #expect(Set(diagnostics.map { "\($0.location.line):\($0.location.column)" }) == Set(text.allPositions))
    #expect(diagnostics.allSatisfy { $0.code == "P-0002" && $0.citation == "000 二(一)5" })
    #expect(diagnostics.map(\.message).contains { $0.contains("没有写明责任事项（responsibilities）") })
  }

  @Test func delegationApproved() throws {
    var catalog = FixtureCatalog()
    var text = catalog.set(
      "powers/test.yaml",
      powers(
        replacing: "approval: {document: 测府函〔2024〕6号, date: 2024-01-10}",
        with: "approval: {document: 测府函〔2024〕6号, date: 1️⃣2024-03-02}"))
    #expect(try catalog.positions(of: DelegationApprovedRule.self) == text.allPositions)
    text = catalog.set(
      "powers/test.yaml",
      powers(replacing: "  - code: P-0001", with: "  - 1️⃣code: P-0001").replacingOccurrences(
        of: "    approval: {document: 测府函〔2024〕6号, date: 2024-01-10}\n", with: ""))
    #expect(try catalog.positions(of: DelegationApprovedRule.self) == text.allPositions)
    // The approval's date may be the effective date itself.
    catalog.set("powers/test.yaml", powers(replacing: "date: 2024-01-10", with: "date: 2024-03-01"))
    #expect(try catalog.positions(of: DelegationApprovedRule.self) == [])
    // A statutory power needs no approval.
    catalog.set(
      "powers/test.yaml",
      powers(replacing: "source: 委托", with: "source: 法定").replacingOccurrences(
        of: "    approval: {document: 测府函〔2024〕6号, date: 2024-01-10}\n", with: ""))
    #expect(try catalog.positions(of: DelegationApprovedRule.self) == [])
  }

  @Test func delegatorTrains() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set("powers/test.yaml", powers(replacing: "trainer: ziran", with: "trainer: 1️⃣minzheng"))
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == DelegatorTrainsRule.id }
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == text.allPositions)
    #expect(diagnostics.first?.message.contains("由县自然资源局委托，却由县民政局负责") == true)
    let missing = catalog.set(
      "powers/test.yaml",
      powers(replacing: "  - code: P-0001", with: "  - 1️⃣code: P-0001").replacingOccurrences(
        of: "    trainer: ziran\n", with: ""))
    #expect(try catalog.positions(of: DelegatorTrainsRule.self) == missing.allPositions)
  }

  @Test func delegationFunding() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "powers/test.yaml",
      powers(replacing: "  - code: P-0001", with: "  - 1️⃣code: P-0001").replacingOccurrences(
        of: "    funding: 县财政预算安排\n", with: ""))
    #expect(try catalog.positions(of: DelegationFundingRule.self) == text.allPositions)
    #expect(try catalog.check().diagnostics.first { $0.rule == DelegationFundingRule.id }?.severity == .warning)
    #expect(try catalog.positions(ofRuleOff: DelegationFundingRule.self, profile: "jiangjin-pilot") == [])
  }

  @Test func reservedPowers() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "powers/test.yaml",
      powers(replacing: "category: 行政处罚", with: "category: 1️⃣行政处罚").replacingOccurrences(
        of: "    delegation_basis: 《中华人民共和国行政处罚法》第二十四条\n", with: ""))
    #expect(try catalog.positions(of: ReservedPowersRule.self) == text.allPositions)
    #expect(try catalog.check().diagnostics.first { $0.rule == ReservedPowersRule.id }?.severity == .warning)
    #expect(
      try catalog.check(profile: "beijing-2018").diagnostics.first { $0.rule == ReservedPowersRule.id }?.severity
        == .error)
    // A delegated inspection power is not reserved.
    catalog.set(
      "powers/test.yaml",
      powers(replacing: "category: 行政处罚", with: "category: 行政检查").replacingOccurrences(
        of: "    delegation_basis: 《中华人民共和国行政处罚法》第二十四条\n", with: ""))
    #expect(try catalog.positions(of: ReservedPowersRule.self) == [])
  }

  @Test func poorAcceptance() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set("powers/test.yaml", delegated + "\n    acceptance: 1️⃣较差")
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == PoorAcceptanceRule.id }
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == text.allPositions)
    #expect(diagnostics.first?.severity == .info)
    #expect(try catalog.check().exitStatus(failOn: .error) == 0)
    #expect(try catalog.check().exitStatus(failOn: .info) == 1)
    catalog.set("powers/test.yaml", delegated + "\n    acceptance: 一般")
    #expect(try catalog.positions(of: PoorAcceptanceRule.self) == [])
  }
}
