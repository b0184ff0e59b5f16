import QingdanKit
import QingdanTestSupport
import Testing

@testable import QingdanCore

/// A complete service; the last line is `code`'s sibling `name`, so tests can append fields.
private let service = """
  services:
    - code: S-0001
      domain: 劳动就业
      basis: [《中华人民共和国就业促进法》第五十二条]
      office: shsw
      object: 本乡镇失业人员
      conditions: 在法定劳动年龄内
      process: [申请, 受理, 登记]
      on_the_spot: false
      time_limit: {statutory: 15, committed: 5, unit: 工作日}
      online: 全程网办
      proxy: forbidden
      supervision: 县人力资源和社会保障局
      phones: {consult: "0851-26000001", complaint: "12345"}
      name: 就业失业登记
  """

private func variant(_ line: String, _ replacement: String) -> String {
  precondition(service.contains(line), "fixture has no line \(line)")
  return service.replacingOccurrences(of: line, with: replacement)
}

@Suite struct ServiceRulesTests {
  @Test func completeServiceIsQuiet() throws {
    var catalog = FixtureCatalog()
    catalog.set("services/test.yaml", service)
    #expect(try catalog.check(profile: "beijing-2018").diagnostics.map(\.message) == [])
  }

  @Test func serviceElements() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "services/test.yaml",
      """
      services:
        - 1️⃣code: S-0002
          name: 就业失业登记
          domain: 劳动就业
          process: 2️⃣[]
          phones: 3️⃣{consult: "0851-26000001"}
          on_the_spot: true
      """)
    let positions = try catalog.positions(of: ServiceElementsRule.self)
    // basis, office and supervision at the item; process at the empty list; the complaint phone at `phones`.
    #expect(positions.sorted() == ([text.position("1️⃣")!] * 3 + [text.position("2️⃣")!, text.position("3️⃣")!]).sorted())
  }

  @Test func serviceObjectSeverityPerProfile() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "services/test.yaml",
      variant("  - code: S-0001", "  - 1️⃣code: S-0001").replacingOccurrences(of: "    object: 本乡镇失业人员\n", with: ""))
    #expect(try catalog.positions(of: ServiceObjectRule.self) == text.allPositions)
    #expect(try catalog.check().diagnostics.first { $0.rule == ServiceObjectRule.id }?.severity == .warning)
    #expect(
      try catalog.check(profile: "beijing-2018").diagnostics.first { $0.rule == ServiceObjectRule.id }?.severity
        == .error)
  }

  @Test func timeLimitStated() throws {
    var catalog = FixtureCatalog()
    var text = catalog.set(
      "services/test.yaml",
      variant("time_limit: {statutory: 15, committed: 5, unit: 工作日}", "time_limit: 1️⃣{statutory: 15, unit: 工作日}"))
    #expect(try catalog.positions(of: TimeLimitStatedRule.self) == text.allPositions)
    text = catalog.set(
      "services/test.yaml",
      variant("on_the_spot: false", "on_the_spot: 1️⃣false").replacingOccurrences(
        of: "    time_limit: {statutory: 15, committed: 5, unit: 工作日}\n", with: ""))
    #expect(try catalog.positions(of: TimeLimitStatedRule.self) == text.allPositions)
    catalog.set(
      "services/test.yaml",
      variant("on_the_spot: false", "on_the_spot: true").replacingOccurrences(
        of: "    time_limit: {statutory: 15, committed: 5, unit: 工作日}\n", with: ""))
    #expect(try catalog.positions(of: TimeLimitStatedRule.self) == [])
  }

  @Test(arguments: [(16, true), (15, false), (1, false)])
  func committedWithinStatutory(committed: Int, fires: Bool) throws {
    var catalog = FixtureCatalog()
    let text = catalog.set("services/test.yaml", variant("committed: 5", "committed: 1️⃣\(committed)"))
    #expect(try catalog.positions(of: CommittedWithinStatutoryRule.self) == (fires ? text.allPositions : []))
  }

  @Test(arguments: [
    ("name: 就业失业登记", "name: 农村低保对象认定"),
    ("name: 就业失业登记", "name: 貧困補助金申領"),
    ("name: 就业失业登记", "name: 農業支持保護補貼發放"),
    ("domain: 劳动就业", "domain: 劳动就业\n    benefit: farm-subsidy"),
  ])
  func nonProxyFires(from: String, to: String) throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "services/test.yaml",
      variant("proxy: forbidden", "proxy: 1️⃣allowed\n    proxy_days: 3").replacingOccurrences(of: from, with: to))
    #expect(try catalog.positions(of: NonProxyRule.self) == text.allPositions)
  }

  @Test func nonProxyNearMisses() throws {
    var catalog = FixtureCatalog()
    // Forbidden already; an unrelated name; a narrowed profile list.
    catalog.set("services/test.yaml", variant("name: 就业失业登记", "name: 最低生活保障申请"))
    #expect(try catalog.positions(of: NonProxyRule.self) == [])
    catalog.set("services/test.yaml", variant("proxy: forbidden", "proxy: allowed\n    proxy_days: 3"))
    #expect(try catalog.positions(of: NonProxyRule.self) == [])
    // Missing proxy on a dibao item fires at the item.
    let text = catalog.set(
      "services/test.yaml",
      variant("  - code: S-0001", "  - 1️⃣code: S-0001").replacingOccurrences(
        of: "    proxy: forbidden\n", with: "    benefit: dibao\n"))
    #expect(try catalog.positions(of: NonProxyRule.self) == text.allPositions)
  }

  @Test func proxyLimitsUnderJiangjin() throws {
    var catalog = FixtureCatalog()
    var text = catalog.set("services/test.yaml", variant("proxy: forbidden", "proxy: allowed\n    proxy_days: 1️⃣31"))
    #expect(try catalog.positions(of: ProxyLimitsRule.self, profile: "jiangjin-pilot") == text.allPositions)
    #expect(try catalog.positions(ofRuleOff: ProxyLimitsRule.self, profile: "dejiang-2018") == [])
    text = catalog.set("services/test.yaml", variant("proxy: forbidden", "proxy: 1️⃣allowed"))
    #expect(try catalog.positions(of: ProxyLimitsRule.self, profile: "jiangjin-pilot") == text.allPositions)
    catalog.set("services/test.yaml", variant("proxy: forbidden", "proxy: allowed\n    proxy_days: 30"))
    #expect(try catalog.positions(of: ProxyLimitsRule.self, profile: "jiangjin-pilot") == [])
  }

  @Test func disclosureFrequency() throws {
    var catalog = FixtureCatalog()
    var text = catalog.set("services/test.yaml", variant("domain: 劳动就业", "domain: 1️⃣优抚安置"))
    #expect(try catalog.positions(of: DisclosureFrequencyRule.self) == text.allPositions)
    text = catalog.set("services/test.yaml", variant("domain: 劳动就业", "domain: 优抚安置\n    disclosure_per_year: 1️⃣1"))
    #expect(try catalog.positions(of: DisclosureFrequencyRule.self) == text.allPositions)
    #expect(try catalog.positions(ofRuleOff: DisclosureFrequencyRule.self, profile: "beijing-2018") == [])
    catalog.set("services/test.yaml", variant("domain: 劳动就业", "domain: 优抚安置\n    disclosure_per_year: 4"))
    #expect(try catalog.positions(of: DisclosureFrequencyRule.self) == [])
  }
}

private func * (lhs: [String], rhs: Int) -> [String] {
  Array((0..<rhs).map { _ in lhs }.joined())
}
