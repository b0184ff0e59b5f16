import QingdanKit
import QingdanTestSupport
import Testing

@testable import QingdanCore

@Suite struct CatalogRulesTests {
  @Test func duplicateItemCodeAcrossLists() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "services/more.yaml",
      """
      services:
        - code: 1️⃣T-QL-0001
          name: 与权力事项重号的服务
          domain: 社会救助
      """)
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == DuplicateIDRule.id }
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == text.allPositions)
    #expect(diagnostics.first?.location.file == "services/more.yaml")
    #expect(diagnostics.first?.message.contains("第一次出现在 powers/base.yaml:2:11") == true)
  }

  @Test func duplicateIDsInTheirScopes() throws {
    var catalog = FixtureCatalog()
    var text = catalog.set(
      "departments.yaml",
      """
      departments:
        - {id: minzheng, name: 县民政局}
        - {id: ziran, name: 县自然资源局}
        - {id: sifa, name: 县司法局}
        - {id: 1️⃣minzheng, name: 县民政局（重复）}
      """)
    #expect(try catalog.positions(of: DuplicateIDRule.self) == text.allPositions)
    catalog.files["departments.yaml"] = FixtureCatalog.base["departments.yaml"]
    // An office and a station of one township share the id space; another township may reuse ids.
    let township = FixtureCatalog.township(id: "alpha", name: "甲镇", code: "520626100", kind: "镇")
    text = catalog.set("townships/alpha.yaml", township.replacingOccurrences(of: "{id: lyz,", with: "{id: 1️⃣dzb,"))
    #expect(try catalog.positions(of: DuplicateIDRule.self) == text.allPositions)
    // The same township id and code in a second file.
    text = catalog.set(
      "townships/gamma.yaml",
      FixtureCatalog.township(id: "alpha", name: "丙乡", code: "520626100", kind: "乡")
        .replacingOccurrences(of: "  - id: alpha", with: "  - id: 1️⃣alpha")
        .replacingOccurrences(of: "code: \"520626100\"", with: "code: 2️⃣\"520626100\""))
    #expect(try catalog.positions(of: DuplicateIDRule.self, file: "townships/gamma.yaml") == text.allPositions)
  }

  @Test func unknownReferences() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "powers/test.yaml",
      """
      powers:
        - code: P-0009
          name: 对违反规定的处罚
          category: 行政检查
          source: 委托
          department: 1️⃣gongan
          basis: [某法第一条]
          townships: [alpha, 2️⃣omega]
          office: 3️⃣nongye
          responsibilities: [检查责任]
          supervision: 县公安局
          trainer: 4️⃣gongan
          funding: 预算
          approval: {document: 文, date: 2024-01-01}
      """)
    #expect(try catalog.positions(of: UnknownReferenceRule.self) == text.allPositions)
    let message = try catalog.check().diagnostics.first {
      $0.rule == UnknownReferenceRule.id && $0.message.contains("nongye")
    }
    #expect(message?.message.contains("在甲镇没有设置") == true)
  }

  @Test func officeMustExistInEveryTownship() throws {
    var catalog = FixtureCatalog()
    // beta lacks the enforcement office: an item for all townships that names it fails, one for alpha only does not.
    let beta = FixtureCatalog.township(id: "beta", name: "乙街道", code: "520626001", kind: "街道")
    catalog.set("townships/beta.yaml", beta.replacingOccurrences(of: "zhzf", with: "kb"))
    var text = catalog.set(
      "services/test.yaml",
      """
      services:
        - {code: S-1, name: 执法咨询, domain: 公共法律服务, office: 1️⃣zhzf}
      """)
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == UnknownReferenceRule.id }
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == text.allPositions)
    #expect(diagnostics.first?.message.contains("在乙街道没有设置") == true)
    text = catalog.set(
      "services/test.yaml", "services:\n  - {code: S-1, name: 执法咨询, domain: 公共法律服务, office: zhzf, townships: [alpha]}")
    #expect(try catalog.positions(of: UnknownReferenceRule.self) == [])
  }

  @Test func villageMatterServiceReference() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "village/base.yaml",
      FixtureCatalog.base["village/base.yaml"]!.replacingOccurrences(
        of: "service: T-GG-0001", with: "service: 1️⃣T-GG-9999"))
    #expect(try catalog.positions(of: UnknownReferenceRule.self) == text.allPositions)
  }

  @Test func editionApproved() throws {
    var catalog = FixtureCatalog()
    let root = FixtureCatalog.base["qingdan.yaml"]!
    var text = catalog.set("qingdan.yaml", root.replacingOccurrences(of: "date: 2024-02-01", with: "date: 1️⃣2024-03-02"))
    #expect(try catalog.positions(of: EditionApprovedRule.self) == text.allPositions)
    text = catalog.set(
      "qingdan.yaml",
      root.replacingOccurrences(of: "  approval: {document: 测府发〔2024〕1号, date: 2024-02-01}\n", with: "")
        .replacingOccurrences(of: "  name: 测试县", with: "  1️⃣name: 测试县"))
    #expect(try catalog.positions(of: EditionApprovedRule.self) == text.allPositions)
    catalog.set("qingdan.yaml", root.replacingOccurrences(of: "date: 2024-02-01", with: "date: 2024-03-01"))
    #expect(try catalog.positions(of: EditionApprovedRule.self) == [])
  }
}
