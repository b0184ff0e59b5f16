import QingdanKit
import QingdanTestSupport
import Testing

@testable import QingdanCore

/// A township file whose offices, stations and other fields a test writes; `1️⃣` marks where to expect a finding.
private func township(
  offices: Int = 7, officesMark: String = "", stations: Int = 7, stationsMark: String = "", extra: String = "",
  dispatched: String = "[{name: 司法所, department: sifa, township_weight: 60}]", code: String = "\"520626100\""
) -> String {
  let officeNames = ["dzb", "jjfz", "shsw", "zhzf", "zzb", "ajb", "djb", "zrb", "wsb", "kb1", "kb2"]
  let officeList = officeNames.prefix(offices).map { id in
    id == "zhzf" ? "{id: zhzf, name: 综合行政执法办公室, plaques: [综合行政执法队]}" : "{id: \(id), name: 办公室\(id)}"
  }
  let stationList = (0..<stations).map { "{id: s\($0), name: 站所\($0)}" }
  return """
    townships:
      - id: alpha
        name: 甲镇
        code: \(code)
        kind: 镇
    \(extra)
        offices: \(officesMark)[\(officeList.joined(separator: ", "))]
        stations: \(stationsMark)[\(stationList.joined(separator: ", "))]
        dispatched: \(dispatched)
    """
}

@Suite struct TownshipRulesTests {
  @Test(arguments: [(6, true), (7, false), (9, false), (10, true)])
  func officesCount(count: Int, fires: Bool) throws {
    var catalog = FixtureCatalog()
    let text = catalog.set("townships/alpha.yaml", township(offices: count, officesMark: "1️⃣"))
    #expect(try catalog.positions(of: OfficesCountRule.self) == (fires ? text.allPositions : []))
  }

  @Test func officesCountIgnoresPlaquesAndFollowsProfiles() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set("townships/alpha.yaml", township(offices: 6, officesMark: "1️⃣"))
    #expect(try catalog.positions(ofRuleOff: OfficesCountRule.self, profile: "beijing-2018") == [])
    // jiangjin-pilot wants exactly four comprehensive offices.
    let jiangjin = try catalog.check(profile: "jiangjin-pilot").diagnostics.filter { $0.rule == OfficesCountRule.id }
    #expect(jiangjin.map(\.location.line).contains(text.positions["1️⃣"]!.line))
    #expect(
      jiangjin.allSatisfy { $0.citation == "003 二(三)" && $0.message.hasSuffix("（依据：003 二(三) 江津市建设镇(街)服务型政府试点情况汇报）") })
  }

  @Test(arguments: [(6, true), (7, false), (8, true)])
  func stationsCount(count: Int, fires: Bool) throws {
    var catalog = FixtureCatalog()
    let text = catalog.set("townships/alpha.yaml", township(stations: count, stationsMark: "1️⃣"))
    #expect(try catalog.positions(of: StationsCountRule.self) == (fires ? text.allPositions : []))
    let severity = try catalog.check().diagnostics.first { $0.rule == StationsCountRule.id }?.severity
    #expect(severity == (fires ? .warning : nil))
    #expect(try catalog.positions(ofRuleOff: StationsCountRule.self, profile: "jiangjin-pilot") == [])
  }

  @Test func enforcementOfficeOnPilotOnly() throws {
    var catalog = FixtureCatalog()
    var text = catalog.set("townships/alpha.yaml", township(offices: 3, extra: "    pilot: 1️⃣true"))
    #expect(try catalog.positions(of: EnforcementOfficeRule.self) == text.allPositions)
    // A plaque that carries the name is enough.
    text = catalog.set("townships/alpha.yaml", township(offices: 4, extra: "    pilot: true"))
    #expect(try catalog.positions(of: EnforcementOfficeRule.self) == [])
    text = catalog.set("townships/alpha.yaml", township(offices: 3, extra: "    pilot: false"))
    #expect(try catalog.positions(of: EnforcementOfficeRule.self) == [])
  }

  @Test func dispatchedWeight() throws {
    var catalog = FixtureCatalog()
    var text = catalog.set(
      "townships/alpha.yaml",
      township(dispatched: "[{name: 司法所, department: sifa, township_weight: 1️⃣59.5}, 2️⃣{name: 财政所, department: sifa}]"))
    #expect(try catalog.positions(of: DispatchedWeightRule.self) == text.allPositions)
    text = catalog.set(
      "townships/alpha.yaml", township(dispatched: "[{name: 司法所, department: sifa, township_weight: 60}]"))
    #expect(try catalog.positions(of: DispatchedWeightRule.self) == [])
  }

  @Test func agriculturalStaffRatio() throws {
    var catalog = FixtureCatalog()
    // Base alpha: 20 of 57 staff agricultural (35 %): enough for an ordinary town (30 %) …
    #expect(try catalog.positions(of: AgriStaffRatioRule.self, profile: "jiangjin-pilot") == [])
    // … not for an agricultural one (40 %).
    var text = FixtureCatalog.township(id: "alpha", name: "甲镇", code: "520626100", kind: "镇")
    text = text.replacingOccurrences(of: "    kind: 镇\n", with: "    kind: 镇\n    agricultural: true\n")
    text = text.replacingOccurrences(of: "    offices:\n", with: "    offices:\n1️⃣")
    let marked = catalog.set("townships/alpha.yaml", text.replacingOccurrences(of: "1️⃣      -", with: "      1️⃣-"))
    let diagnostics = try catalog.check(profile: "jiangjin-pilot").diagnostics.filter {
      $0.rule == AgriStaffRatioRule.id
    }
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == marked.allPositions)
    #expect(diagnostics.first?.message.contains("20 人，占全部 57 人的 35.1%") == true)
    // Not checked where a unit does not state its staff.
    catalog.set(
      "townships/alpha.yaml",
      text.replacingOccurrences(of: "1️⃣", with: "").replacingOccurrences(of: ", staff: 8", with: ""))
    #expect(try catalog.positions(of: AgriStaffRatioRule.self, profile: "jiangjin-pilot") == [])
    // Off in dejiang-2018.
    #expect(try catalog.positions(ofRuleOff: AgriStaffRatioRule.self, profile: "dejiang-2018") == [])
  }

  @Test func codePrefix() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set("townships/alpha.yaml", township(code: "1️⃣\"520627100\""))
    #expect(try catalog.positions(of: CodePrefixRule.self) == text.allPositions)
    catalog.set("townships/alpha.yaml", township())
    #expect(try catalog.positions(of: CodePrefixRule.self) == [])
  }
}
