import QingdanKit
import QingdanTestSupport
import Testing

@testable import QingdanCore

private let matter = """
  village_matters:
    - code: V-0001
      kind: 委托事项
      office: shsw
      agreement:
        type: 购买服务协议
        rights: 按协议取得服务费
        duties: 按月上报巡查记录
        funding: 每年每村 3000 元
        signed: 2024-01-05
      published: 2024-01-06
      name: 协助开展森林防火巡查
  """

private func variant(_ line: String, _ replacement: String) -> String {
  precondition(matter.contains(line), "fixture has no line \(line)")
  return matter.replacingOccurrences(of: line, with: replacement)
}

@Suite struct VillageRulesTests {
  @Test func completeMatterIsQuiet() throws {
    var catalog = FixtureCatalog()
    catalog.set("village/test.yaml", matter)
    #expect(try catalog.check().diagnostics.map(\.message) == [])
  }

  @Test func noResponsibilityLetters() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set("village/test.yaml", variant("kind: 委托事项", "kind: 1️⃣行政责任书"))
    #expect(try catalog.positions(of: NoResponsibilityLettersRule.self) == text.allPositions)
    // A letter is not a 委托事项, so the agreement rules leave it alone.
    #expect(try catalog.positions(of: VillageAgreementRule.self) == [])
  }

  @Test func villageAgreement() throws {
    var catalog = FixtureCatalog()
    var text = catalog.set(
      "village/test.yaml",
      """
      village_matters:
        - code: V-0002
          name: 协助人口信息采集
          kind: 1️⃣委托事项
          published: 2024-01-06
      """)
    #expect(try catalog.positions(of: VillageAgreementRule.self) == text.allPositions)
    text = catalog.set(
      "village/test.yaml",
      variant("agreement:", "agreement:\n      1️⃣x: 1").replacingOccurrences(of: "      type: 购买服务协议\n", with: "")
        .replacingOccurrences(of: "      signed: 2024-01-05\n", with: ""))
    // Type and signing date are both missing: two findings at the agreement.
    #expect(try catalog.positions(of: VillageAgreementRule.self) == text.allPositions + text.allPositions)
  }

  @Test(arguments: ["无", "0", "0元", "暂无"])
  func villageTermsRejectsNoFunding(funding: String) throws {
    var catalog = FixtureCatalog()
    let text = catalog.set("village/test.yaml", variant("funding: 每年每村 3000 元", "funding: 1️⃣\"\(funding)\""))
    #expect(try catalog.positions(of: VillageTermsRule.self) == text.allPositions)
  }

  @Test func villageTermsMissingRightsAndDuties() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "village/test.yaml",
      variant("    agreement:\n", "    agreement:\n      1️⃣signed: 2024-01-05\n").replacingOccurrences(
        of: "      rights: 按协议取得服务费\n", with: ""
      ).replacingOccurrences(of: "      duties: 按月上报巡查记录\n", with: "").replacingOccurrences(
        of: "      signed: 2024-01-05\n      published", with: "      published"))
    #expect(try catalog.positions(of: VillageTermsRule.self) == text.allPositions + text.allPositions)
  }

  @Test func villagePublicity() throws {
    var catalog = FixtureCatalog()
    var text = catalog.set("village/test.yaml", variant("published: 2024-01-06", "published: 1️⃣2024-01-04"))
    #expect(try catalog.positions(of: VillagePublicityRule.self) == text.allPositions)
    text = catalog.set(
      "village/test.yaml",
      variant("kind: 委托事项", "kind: 1️⃣委托事项").replacingOccurrences(of: "    published: 2024-01-06\n", with: ""))
    #expect(try catalog.positions(of: VillagePublicityRule.self) == text.allPositions)
    catalog.set("village/test.yaml", variant("published: 2024-01-06", "published: 2024-01-05"))
    #expect(try catalog.positions(of: VillagePublicityRule.self) == [])
  }
}

@Suite struct VillageAgreementProseTests {
  @Test func rightsAndDutiesMayBeLists() throws {
    var catalog = FixtureCatalog()
    catalog.set(
      "village/test.yaml",
      """
      village_matters:
        - code: V-0003
          name: 协助开展农村危房排查
          kind: 委托事项
          office: shsw
          agreement:
            type: 委托管理
            rights: [按协议取得工作经费, 获得业务培训]
            duties: [入户排查, 按月报送台账]
            funding: 每户排查补助 20 元
            signed: 2024-01-05
          published: 2024-01-06
      """)
    let result = try catalog.check()
    #expect(result.diagnostics.map(\.message) == [])
    #expect(result.loaded.catalog.villageMatters.last?.agreement?.rights == "按协议取得工作经费；获得业务培训")
  }
}
