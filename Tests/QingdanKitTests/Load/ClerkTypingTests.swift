import QingdanKit
import QingdanTestSupport
import Testing

/// A clerk's typing (issue 18, item 8): each slip is reported where it was typed, names the character and says the
/// fix, once.
@Suite struct ClerkTypingTests {
  /// A statutory power that checks clean, with `FIELDS` in place of its name line.
  private func power(_ fields: String) -> String {
    """
    powers:
      - code: T-QL-0009
    \(fields)
        category: 行政许可
        source: 法定
        basis: [《中华人民共和国土地管理法》第六十二条]
        office: jjfz
        responsibilities: [受理责任, 审查责任, 决定责任]
        supervision: 县自然资源局
    """
  }

  private func diagnostics(_ path: String, _ marked: String) throws -> (MarkedText, [Diagnostic]) {
    var catalog = FixtureCatalog()
    let text = catalog.set(path, marked)
    return (text, try catalog.check().diagnostics.filter { !$0.waived })
  }

  private func at(_ diagnostic: Diagnostic) -> String { "\(diagnostic.location.line):\(diagnostic.location.column)" }

  @Test func aFullWidthColonAfterAKeyIsReportedAtTheColon() throws {
    let (text, found) = try diagnostics("powers/extra.yaml", power("    name1️⃣：农村宅基地审批"))
    #expect(found.count == 1)
    #expect(found.map(at) == [text.position("1️⃣")])
    #expect(found.first?.message.contains("全角冒号“：”（U+FF1A）") == true)
    #expect(found.first?.message.contains("“name: ”") == true)
  }

  @Test func aFullWidthColonThatStillParsesIsReportedToo() throws {
    let (text, found) = try diagnostics(
      "powers/extra.yaml", "powers:\n  - code: T-QL-0009\n    name: 甲\n    note: |\n      x\n  - name1️⃣：农村宅基地审批\n")
    #expect(found.contains { at($0) == text.position("1️⃣") && $0.rule == "schema" && $0.message.contains("U+FF1A") })
  }

  @Test func ideographicAndNoBreakSpacesUsedAsIndentationAreNamed() throws {
    for (space, name) in [("\u{3000}", "U+3000"), ("\u{A0}", "U+00A0")] {
      let (text, found) = try diagnostics(
        "powers/extra.yaml", power("  1️⃣\(space)\(space)name: 农村宅基地审批"))
      #expect(found.map(at) == [text.position("1️⃣")])
      #expect(found.first?.message.contains(name) == true)
      #expect(found.first?.message.contains("半角空格") == true)
    }
  }

  @Test func anUnclosedQuoteIsReportedAtTheQuote() throws {
    let (text, found) = try diagnostics("powers/extra.yaml", power("    name: 1️⃣\"农村宅基地审批"))
    #expect(found.map(\.rule) == ["load"])
    #expect(found.map(at) == [text.position("1️⃣")])
    #expect(found.first?.message.contains("引号“\"”") == true)
    let closedLater = power("    name: 2️⃣'农村宅基地审批").replacingOccurrences(of: "source: 法定", with: "source: '法定'")
    let (later, laterFound) = try diagnostics("powers/extra.yaml", closedLater)
    #expect(laterFound.map(at) == [later.position("2️⃣")])
    #expect(laterFound.first?.message.contains("补上“'”") == true)
  }

  @Test func aQuotedTextOfSeveralLinesIsNotBlamedForALaterError() throws {
    let (_, found) = try diagnostics(
      "powers/extra.yaml", "powers:\n  - code: T-QL-0009\n    name: \"农村\n      宅基地审批\"\n    category: [\n")
    #expect(found.map(\.rule) == ["load"])
    #expect(found.first?.message.contains("引号") == false)
    #expect(found.first.map(at) != "3:11")
  }

  @Test func aListTypedAsOneStringSaysToWriteAYAMLList() throws {
    for separator in ["、", "，", ","] {
      let (text, found) = try diagnostics(
        "powers/extra.yaml", power("    name: 农村宅基地审批\n    townships: 1️⃣甲镇\(separator)乙街道"))
      #expect(found.map(at) == [text.position("1️⃣")])
      #expect(found.first?.message.contains("“\(separator)”") == true)
      #expect(found.first?.message.contains("townships: [alpha, beta]") == true)
    }
  }

  @Test func aTownshipGivenByItsNameSuggestsItsID() throws {
    let (text, found) = try diagnostics(
      "powers/extra.yaml", power("    name: 农村宅基地审批\n    townships: [alpha, 1️⃣乙街道]"))
    #expect(found.map(at) == [text.position("1️⃣")])
    #expect(found.first?.message.contains("“乙街道”的 id 是 beta") == true)
  }

  @Test func invisibleCharactersAreNamedWithTheirCodePointAndPosition() throws {
    for (character, code) in [("\u{200B}", "U+200B"), ("\u{A0}", "U+00A0"), ("\u{FEFF}", "U+FEFF")] {
      let (text, found) = try diagnostics("powers/extra.yaml", power("    name: 农村1️⃣\(character)宅基地审批"))
      #expect(found.map(at) == [text.position("1️⃣")])
      #expect(found.first?.message.contains(code) == true)
      #expect(found.first?.message.contains("第 3 行第 13 列") == true)
    }
  }

  @Test func noFundingFailsDelegationFunding() throws {
    var catalog = FixtureCatalog()
    catalog.files["powers/base.yaml"] = catalog.files["powers/base.yaml"]?.replacingOccurrences(
      of: "funding: 县财政预算安排", with: "funding: 无")
    let found = try catalog.check().diagnostics.filter { $0.rule == "delegation-funding" }
    #expect(found.count == 1)
    #expect(found.first?.message.contains("“无”") == true)
  }

  @Test func aPresentButInvalidValueIsReportedOnce() throws {
    var catalog = FixtureCatalog()
    catalog.files["powers/base.yaml"] = catalog.files["powers/base.yaml"]?.replacingOccurrences(
      of: "funding: 县财政预算安排", with: "funding: [县财政预算安排]")
    let found = try catalog.check().diagnostics.filter { !$0.waived }
    #expect(found.map(\.rule) == ["schema"])
  }

  @Test func aMissingNameNamesTheItemsCode() throws {
    let (_, found) = try diagnostics("powers/extra.yaml", power(""))
    #expect(found.count == 1)
    #expect(found.first?.message.hasPrefix("权力事项 T-QL-0009：缺少必填字段“name”") == true)
    let (_, blank) = try diagnostics("powers/extra.yaml", power("    name: ~"))
    #expect(blank.count == 1)
    #expect(blank.first?.message.hasPrefix("权力事项 T-QL-0009：") == true)
    #expect(blank.first?.message.contains("~") == false)
  }

  @Test func aMisspeltKeySuggestsTheFieldAndStopsItsFollowOns() throws {
    let (text, found) = try diagnostics("powers/extra.yaml", power("    1️⃣nmae: 农村宅基地审批"))
    #expect(found.map(at) == [text.position("1️⃣")])
    #expect(found.first?.message.contains("是否应为“name”") == true)
  }
}
