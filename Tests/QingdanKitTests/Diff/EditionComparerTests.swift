import QingdanKit
import QingdanTestSupport
import Testing

/// Every change kind and every rule on changes, on two in-memory editions of the fixture catalog.
@Suite struct EditionComparerTests {
  private func diff(_ change: (inout FixtureCatalog) -> Void) throws -> EditionDiff {
    let old = FixtureCatalog()
    var new = FixtureCatalog()
    change(&new)
    return EditionComparer().compare(
      old: try CatalogLoader().load(MemoryStorage(files: old.files)),
      new: try CatalogLoader().load(MemoryStorage(files: new.files)), oldName: "old", newName: "new")
  }

  private func edit(_ catalog: inout FixtureCatalog, _ path: String, _ from: String, _ to: String) {
    let text = catalog.files[path]!
    precondition(text.contains(from), "\(path) has no \(from)")
    catalog.files[path] = text.replacingOccurrences(of: from, with: to)
  }

  @Test func identicalAndReorderedEditionsHaveNoChanges() throws {
    #expect(try diff { _ in }.changes.isEmpty)
    let reordered = try diff { catalog in
      let services = catalog.files["services/base.yaml"]!
      let parts = services.components(separatedBy: "\n  - code: ")
      catalog.files["services/base.yaml"] = parts[0] + "\n  - code: " + parts[2] + "\n  - code: " + parts[1] + "\n"
      // Moving an item to another file is no change either.
      catalog.files["village/other.yaml"] = catalog.files["village/base.yaml"]
      catalog.files["village/base.yaml"] = nil
    }
    #expect(reordered.changes.map(\.code) == [])
  }

  @Test func addedAndRemoved() throws {
    let result = try diff { catalog in
      catalog.files["village/base.yaml"] = nil
      catalog.files["services/more.yaml"] = "services:\n  - {code: T-GG-0009, name: 新服务, domain: 社会救助}"
    }
    #expect(
      result.changes.map { "\($0.code) \($0.kinds.map(\.rawValue))" } == [
        "T-GG-0009 [\"added\"]", "T-CW-0001 [\"removed\"]",
      ])
    #expect(result.changes.last?.inOldEdition == true)
    #expect(result.changes.last?.location.file == "village/base.yaml")
  }

  @Test func renamedAndModifiedWithDottedFields() throws {
    let result = try diff { catalog in
      edit(&catalog, "services/base.yaml", "name: 最低生活保障申请受理", "name: 最低生活保障审核确认申请")
      edit(&catalog, "services/base.yaml", "committed: 20", "committed: 15")
    }
    let change = try #require(result.changes.first)
    #expect(change.kinds == [.renamed, .modified])
    #expect(
      change.fields == [
        FieldChange(field: "name", old: "最低生活保障申请受理", new: "最低生活保障审核确认申请"),
        FieldChange(field: "time_limit.committed", old: "20", new: "15"),
      ])
  }

  @Test func recodedIsOneChange() throws {
    let result = try diff { catalog in edit(&catalog, "services/base.yaml", "code: T-GG-0002", "code: T-GG-0102") }
    #expect(result.changes.count == 1)
    #expect(result.changes.first?.kinds == [.recoded])
    #expect(result.changes.first?.oldCode == "T-GG-0002")
    #expect(result.changes.first?.code == "T-GG-0102")
    #expect(result.diagnostics.isEmpty)
  }

  @Test func recodingAPowerNeedsTheSameCategory() throws {
    let result = try diff { catalog in
      edit(&catalog, "powers/base.yaml", "code: T-QL-0002", "code: T-QL-0102")
      edit(&catalog, "powers/base.yaml", "category: 行政处罚", "category: 行政检查")
    }
    #expect(result.changes.map(\.kinds) == [[.removed], [.added]])
    // A delegated power removed is withdrawn (上收).
    #expect(result.diagnostics.map(\.rule) == ["withdrawn"])
    #expect(result.diagnostics.first?.severity == .warning)
  }

  @Test func extendedAndNarrowed() throws {
    let extended = try diff { catalog in edit(&catalog, "powers/base.yaml", "townships: [alpha]", "townships: all") }
    #expect(extended.changes.map(\.kinds) == [[.extended]])
    #expect(extended.changes.first?.fields == [FieldChange(field: "townships", old: "alpha", new: "all")])
    #expect(extended.diagnostics.isEmpty)

    let narrowed = try diff { catalog in
      edit(
        &catalog, "powers/base.yaml", "    office: jjfz\n    responsibilities: [受理责任",
        "    townships: [beta]\n    office: jjfz\n    responsibilities: [受理责任")
    }
    #expect(narrowed.changes.map(\.kinds) == [[.narrowed]])
    // The statutory power may not be taken back from alpha.
    #expect(narrowed.diagnostics.map(\.rule) == ["no-recentralization"])
    #expect(narrowed.diagnostics.first?.message.contains("缩小了实施范围，不再在甲镇实施") == true)
    #expect(narrowed.exitStatus(failOn: .error) == 1)
  }

  @Test func statutoryPowerRemovedIsAnError() throws {
    let result = try diff { catalog in
      let powers = catalog.files["powers/base.yaml"]!
      catalog.files["powers/base.yaml"] =
        "powers:\n  - code: T-QL-0002" + powers.components(separatedBy: "  - code: T-QL-0002")[1]
    }
    #expect(result.changes.map(\.kinds) == [[.removed]])
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.rule == "no-recentralization")
    #expect(diagnostic.severity == .error && diagnostic.citation == "000 二(一)4")
    #expect(diagnostic.location == SourceLocation(file: "powers/base.yaml", line: 2, column: 5))
  }

  @Test func codeReuse() throws {
    let result = try diff { catalog in
      edit(&catalog, "powers/base.yaml", "name: 对违法占用农用地的处罚", "name: 建设工程消防设计审查")
      edit(&catalog, "powers/base.yaml", "category: 行政处罚", "category: 行政许可")
    }
    #expect(result.changes.first?.kinds == [.renamed, .modified])
    #expect(result.diagnostics.map(\.rule) == ["code-reuse"])
    // A rename alone is not a reused code.
    let renamed = try diff { catalog in edit(&catalog, "powers/base.yaml", "name: 对违法占用农用地的处罚", "name: 对非法占用农用地的处罚") }
    #expect(renamed.diagnostics.isEmpty)
  }

  @Test func waiversOfTheNewEditionApply() throws {
    let result = try diff { catalog in
      edit(&catalog, "powers/base.yaml", "townships: [alpha]", "townships: [beta]")
      catalog.files["waivers.yaml"] =
        "waivers:\n  - {rule: withdrawn, target: T-QL-0002, reason: 经县政府同意上收, approved: 测府函〔2024〕9号}"
    }
    #expect(result.diagnostics.map(\.waived) == [true])
    #expect(result.exitStatus(failOn: .warning) == 0)
  }

  @Test func townshipsOfficesAndDepartments() throws {
    let result = try diff { catalog in
      edit(&catalog, "townships/alpha.yaml", "{id: djb, name: 党建工作办公室, staff: 3}", "{id: djb, name: 党建工作办公室, staff: 4}")
      edit(&catalog, "townships/alpha.yaml", "plaques: [民政办公室]", "plaques: [民政办公室, 退役军人服务站]")
      edit(&catalog, "townships/beta.yaml", "name: 乙街道", "name: 乙新街道")
      edit(
        &catalog, "departments.yaml", "  - {id: sifa, name: 县司法局}",
        "  - {id: sifa, name: 县司法局}\n  - {id: tuiyi, name: 县退役军人事务局}")
    }
    let townships = result.changes.filter { $0.section == .townships }
    #expect(townships.map(\.code) == ["alpha", "beta"])
    #expect(townships[0].fields.map(\.field) == ["offices.shsw.plaques", "offices.djb.staff"])
    #expect(townships[1].kinds == [.renamed])
    #expect(result.changes.first { $0.section == .departments }?.kinds == [.added])
  }

  // MARK: A broken edition (issue 18, item 2)

  @Test func everyCheckFindingOfEitherEditionIsReportedWithItsEdition() throws {
    let result = try diff { catalog in
      edit(&catalog, "powers/base.yaml", "    name: 农村村民宅基地审批\n", "")
      edit(&catalog, "powers/base.yaml", "category: 行政处罚", "category: 行政处分")
      edit(&catalog, "powers/base.yaml", "townships: [alpha]", "townships: [alpha, gamma]")
    }
    let ofNew = result.diagnostics.filter { $0.edition == .new }
    #expect(Set(ofNew.map(\.rule)) == ["schema", "unknown-reference"])
    #expect(ofNew.count == 3)
    #expect(ofNew.allSatisfy { $0.message.hasPrefix("新版：") })
    #expect(result.diagnostics.allSatisfy { $0.edition == .new })
    #expect(result.exitStatus(failOn: .error) == 1)
  }

  @Test func aBrokenOldEditionFailsToo() throws {
    let old = FixtureCatalog()
    var broken = FixtureCatalog()
    edit(&broken, "powers/base.yaml", "source: 法定", "source: 法律规定")
    let result = EditionComparer().compare(
      old: try CatalogLoader().load(MemoryStorage(files: broken.files)),
      new: try CatalogLoader().load(MemoryStorage(files: old.files)), oldName: "old", newName: "new")
    let diagnostic = try #require(result.diagnostics.first { $0.rule == "schema" })
    #expect(diagnostic.edition == .old && diagnostic.message.hasPrefix("旧版："))
    #expect(result.exitStatus(failOn: .error) == 1)
  }

  @Test func anEditionThatDoesNotLoadExitsTwo() throws {
    let result = try diff { catalog in catalog.files["powers/base.yaml"] = "powers: [\n" }
    #expect(result.diagnostics.map(\.rule) == ["load"])
    #expect(result.diagnostics.first?.edition == .new)
    #expect(result.exitStatus(failOn: .error) == 2)
  }

  @Test func nameAndCategoryBrokenStillMatchByCode() throws {
    let result = try diff { catalog in
      edit(&catalog, "powers/base.yaml", "    name: 农村村民宅基地审批\n", "")
      edit(&catalog, "powers/base.yaml", "category: 行政许可", "category: 许可")
    }
    // The statutory power is still matched by its code: never 取消, never silently gone.
    #expect(result.changes.map(\.code) == ["T-QL-0001"])
    #expect(!result.changes.contains { $0.kinds.contains(.removed) || $0.kinds.contains(.added) })
  }

  @Test func twoNamelessItemsAreNotOneReCodedItem() throws {
    // Old: the statutory power has lost its name. New: it is gone, and another nameless power appears under a new
    // code. Matching them by their (empty) names would hide the removal from no-recentralization.
    let old = FixtureCatalog()
    var nameless = old
    edit(&nameless, "powers/base.yaml", "    name: 农村村民宅基地审批\n", "")
    var replaced = nameless
    edit(&replaced, "powers/base.yaml", "code: T-QL-0001", "code: T-QL-0009")
    let result = EditionComparer().compare(
      old: try CatalogLoader().load(MemoryStorage(files: nameless.files)),
      new: try CatalogLoader().load(MemoryStorage(files: replaced.files)), oldName: "old", newName: "new")
    #expect(result.changes.map(\.kinds) == [[.removed], [.added]])
    #expect(result.diagnostics.contains { $0.rule == "no-recentralization" && $0.edition == .old })
  }

  @Test func anItemWithoutAUsableCodeIsAnErrorAndItsPowerCountsAsRemoved() throws {
    let result = try diff { catalog in edit(&catalog, "powers/base.yaml", "code: T-QL-0001", "code: T QL 0001") }
    // The loader cannot identify the item: the new edition's schema error, and the old power is 取消, so the
    // statutory power is still guarded.
    #expect(result.diagnostics.contains { $0.rule == "schema" && $0.edition == .new })
    #expect(result.diagnostics.contains { $0.rule == "no-recentralization" && $0.edition == .old })
    #expect(result.exitStatus(failOn: .error) == 1)
  }

  @Test func removedItemFindingsNameTheOldEdition() throws {
    let result = try diff { catalog in catalog.files["powers/base.yaml"] = "powers: []" }
    let diagnostic = try #require(result.diagnostics.first { $0.rule == "no-recentralization" })
    #expect(diagnostic.edition == .old)
    #expect(result.diagnostics.first { $0.rule == "withdrawn" }?.edition == .old)
  }

  // MARK: What a change means (issue 18, item 9)

  private static let gamma = FixtureCatalog.township(id: "gamma", name: "丙乡", code: "520626200", kind: "乡")

  @Test func aNewTownshipIsNoExtensionOfEveryItem() throws {
    let result = try diff { catalog in catalog.files["townships/gamma.yaml"] = Self.gamma }
    #expect(
      result.changes.map { "\($0.section.rawValue) \($0.code) \($0.kinds.map(\.rawValue))" } == [
        "townships gamma [\"added\"]"
      ])
  }

  @Test func aTownshipDroppedWithoutAMergerNarrowsEveryAllItem() throws {
    let result = try diff { catalog in catalog.files["townships/beta.yaml"] = nil }
    let power = try #require(result.changes.first { $0.code == "T-QL-0001" })
    #expect(power.kinds == [.narrowed])
    let message = try #require(result.diagnostics.first { $0.rule == "no-recentralization" }?.message)
    #expect(message.contains("不再在乙街道实施"))
  }

  @Test func aMergedTownshipIsNoRecentralization() throws {
    let result = try diff { catalog in
      catalog.files["townships/beta.yaml"] = "townships:\n  - {id: beta, name: 乙街道, merged_into: alpha}\n"
    }
    #expect(result.changes.filter { $0.section != .townships }.isEmpty)
    #expect(result.changes.first?.fields == [FieldChange(field: "merged_into", old: nil, new: "alpha")])
    #expect(try #require(result.report(.human)).contains("beta 乙街道：并入甲镇"))
    #expect(!result.diagnostics.contains { $0.rule == "no-recentralization" })
    #expect(result.exitStatus(failOn: .warning) == 0, "\(result.diagnostics.map(\.message))")
    // An item listed for the merged township is kept by the one it went into.
    let listed = try diff { catalog in
      edit(&catalog, "powers/base.yaml", "townships: [alpha]", "townships: [beta]")
    }
    #expect(listed.changes.count == 1)
  }

  @Test func aMergerIntoAnUnknownTownshipIsAnError() throws {
    let result = try diff { catalog in
      catalog.files["townships/beta.yaml"] = "townships:\n  - {id: beta, name: 乙街道, merged_into: gamma}\n"
    }
    let diagnostic = try #require(result.diagnostics.first { $0.rule == "unknown-reference" })
    #expect(diagnostic.edition == .new && diagnostic.message.contains("merged_into"))
    // Without a known township to go into, the merger covers nothing: the statutory power is narrowed.
    #expect(result.diagnostics.contains { $0.rule == "no-recentralization" })
  }

  @Test func basisAsTextOrAsLawAndArticleIsTheSame() throws {
    let result = try diff { catalog in
      edit(
        &catalog, "powers/base.yaml", "basis: [{law: 《中华人民共和国土地管理法》, article: 第七十七条}]",
        "basis: [《中华人民共和国土地管理法》第七十七条]")
      edit(
        &catalog, "powers/base.yaml", "basis: [《中华人民共和国土地管理法》第六十二条]",
        "basis: [{law: 《中华人民共和国土地管理法》, article: 第六十二条}]")
    }
    #expect(result.changes.isEmpty)
  }

  @Test func aMergedTownshipsIDIsTaken() throws {
    var catalog = FixtureCatalog()
    catalog.files["townships/gone.yaml"] = "townships:\n  - {id: beta, name: 旧乙乡, merged_into: alpha}\n"
    #expect(try catalog.check().diagnostics.contains { $0.rule == "duplicate-id" })
  }

  @Test func checkCannotTellWhetherAWaiverOfAChangeRuleIsUsed() throws {
    var catalog = FixtureCatalog()
    catalog.files["waivers.yaml"] =
      "waivers:\n  - {rule: withdrawn, target: T-QL-0002, reason: 经县政府同意上收, approved: 测府函〔2024〕9号}"
    #expect(!(try catalog.check().diagnostics.contains { $0.rule == "unused-waiver" }))
  }

  @Test func anItemStillListingAMergedTownshipIsToldWhereItWent() throws {
    var catalog = FixtureCatalog()
    catalog.files["townships/alpha.yaml"] = "townships:\n  - {id: alpha, name: 甲镇, merged_into: beta}\n"
    let messages = try catalog.check().diagnostics.filter { $0.rule == "unknown-reference" }.map(\.message)
    #expect(messages.contains { $0.contains("已并入“beta”") && $0.contains("请改为 beta") }, "\(messages)")
  }
}
