import QingdanKit
import QingdanTestSupport
import Testing

@testable import QingdanCore

@Suite struct FixtureCatalogTests {
  /// Where built-in profiles contradict each other, the base catalog can satisfy only one: its townships have the
  /// 7 offices dejiang-2018 asks for, and jiangjin-pilot wants exactly 4.
  static let contradictions: [String: [String]] = ["jiangjin-pilot": [OfficesCountRule.id, OfficesCountRule.id]]

  /// The base catalog is clean under every built-in profile, so that a rule test's "does not fire" means what it
  /// says under any of them.
  @Test(arguments: BuiltinProfiles.ids)
  func baseCatalogIsClean(profile: String) throws {
    let result = try FixtureCatalog().check(profile: profile)
    let expected = Self.contradictions[profile] ?? []
    #expect(result.diagnostics.map(\.rule) == expected, "\(result.diagnostics.map(\.message))")
    if expected.isEmpty { #expect(result.exitStatus(failOn: .info) == 0) }
  }

  @Test func markersGiveLineAndColumnInCharacters() {
    let text = MarkedText("a: 1\n名称: 1️⃣值\n2️⃣b: x")
    #expect(text.text == "a: 1\n名称: 值\nb: x")
    #expect(text.position("1️⃣") == "2:5")
    #expect(text.position("2️⃣") == "3:1")
  }
}
