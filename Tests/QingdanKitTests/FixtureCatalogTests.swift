import QingdanKit
import QingdanTestSupport
import Testing

@Suite struct FixtureCatalogTests {
  @Test(arguments: ["dejiang-2018", "beijing-2018"])
  func baseCatalogIsClean(profile: String) throws {
    let result = try FixtureCatalog().check(profile: profile)
    #expect(result.diagnostics.map(\.message) == [])
    #expect(result.exitStatus(failOn: .info) == 0)
  }

  @Test func markersGiveLineAndColumnInCharacters() {
    let text = MarkedText("a: 1\n名称: 1️⃣值\n2️⃣b: x")
    #expect(text.text == "a: 1\n名称: 值\nb: x")
    #expect(text.position("1️⃣") == "2:5")
    #expect(text.position("2️⃣") == "3:1")
  }
}
