import QingdanKit
import QingdanTestSupport
import Testing

/// How the loader meets YAML as users really write it: every hazard ends in a diagnostic at a place.
@Suite struct LoaderHazardTests {
  private func load(_ catalog: FixtureCatalog) throws -> LoadedCatalog {
    try CatalogLoader().load(MemoryStorage(files: catalog.files))
  }

  @Test func byteOrderMarkAndCRLF() throws {
    var catalog = FixtureCatalog()
    let text =
      "\u{FEFF}"
      + FixtureCatalog.base["services/base.yaml"]!.replacingOccurrences(of: "\n", with: "\r\n")
      .replacingOccurrences(of: "committed: 20", with: "committed: 40")
    catalog.files["services/base.yaml"] = text
    let diagnostics = try catalog.check().diagnostics
    #expect(diagnostics.map(\.rule) == ["committed-within-statutory"])
    // Line 12 of the file; 43 characters precede the value on that line.
    #expect(diagnostics.first.map { "\($0.location.line):\($0.location.column)" } == "12:44")
  }

  @Test func scalarsStayAsWritten() throws {
    var catalog = FixtureCatalog()
    catalog.set(
      "services/test.yaml",
      "services:\n  - {code: 0001, name: 测试, domain: 社会救助, phones: {consult: 0851-26000000, complaint: 12345}}")
    catalog.set(
      "townships/alpha.yaml",
      FixtureCatalog.township(id: "alpha", name: "甲镇", code: "520626100", kind: "镇").replacingOccurrences(
        of: "\"520626100\"", with: "520626100"))
    let loaded = try load(catalog)
    #expect(loaded.catalog.services.last?.code == "0001")
    #expect(loaded.catalog.services.last?.phones?.complaint == "12345")
    #expect(loaded.catalog.townships.first { $0.id == "alpha" }?.code == "520626100")
  }

  @Test func yaml11BooleansAreRejected() throws {
    var catalog = FixtureCatalog()
    let township = FixtureCatalog.township(id: "alpha", name: "甲镇", code: "520626100", kind: "镇")
    let text = catalog.set(
      "townships/alpha.yaml", township.replacingOccurrences(of: "    kind: 镇\n", with: "    kind: 镇\n    pilot: 1️⃣yes\n")
    )
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == "schema" }
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == text.allPositions)
    #expect(diagnostics.first?.message.contains("应为 true 或 false") == true)
    #expect(diagnostics.first?.township == "alpha")
  }

  @Test(arguments: ["2023-02-29", "2024/01/01", "2024-1-1", "20240101"])
  func datesMustBeRealAndISO(date: String) throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "village/base.yaml",
      FixtureCatalog.base["village/base.yaml"]!.replacingOccurrences(
        of: "published: 2024-01-10", with: "published: 1️⃣\(date)"))
    #expect(try catalog.positions(of: "schema") == text.allPositions)
  }

  @Test func duplicateKeyAtSecondOccurrence() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "departments.yaml",
      "departments:\n  - id: minzheng\n    name: 县民政局\n    1️⃣name: 县民政局二\n  - {id: ziran, name: 县自然资源局}\n  - {id: sifa, name: 县司法局}"
    )
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == "schema" }
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == text.allPositions)
    #expect(diagnostics.first?.message.contains("第一次出现在第 3 行") == true)
    #expect(try load(catalog).catalog.departments.first?.name == "县民政局")
  }

  @Test func anchorsAndAliasesAreAllowed() throws {
    var catalog = FixtureCatalog()
    catalog.set(
      "services/test.yaml",
      """
      services:
        - code: S-1
          name: 甲
          domain: 社会救助
          phones: &phones {consult: "1", complaint: "12345"}
        - code: S-2
          name: 乙
          domain: 社会救助
          phones: *phones
      """)
    #expect(try load(catalog).catalog.services.last?.phones?.complaint == "12345")
  }

  @Test func aliasBombStopsWithLocation() throws {
    var catalog = FixtureCatalog()
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...9 {
      let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(previous)]")
    }
    catalog.files["services/bomb.yaml"] = lines.joined(separator: "\n")
    let result = try catalog.check()
    let failure = result.diagnostics.first { $0.rule == "load" }
    #expect(failure?.location.file == "services/bomb.yaml")
    #expect(failure?.message.contains("别名炸弹") == true)
    #expect(result.exitStatus(failOn: .error) == 2)
  }

  @Test func deepNestingIsBounded() throws {
    var catalog = FixtureCatalog()
    catalog.files["services/deep.yaml"] =
      "services: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let result = try catalog.check()
    let failure = result.diagnostics.first { $0.rule == "load" }
    #expect(failure?.message.contains("嵌套层级超过") == true)
    #expect(failure?.location.line == 1)
    #expect(result.exitStatus(failOn: .error) == 2)
  }

  /// Merge keys are read as ruamel.yaml (check-jsonschema, editors) reads them: fields written beside `<<` win,
  /// and a merged value that is not a mapping is reported where it is.
  @Test func mergeKeysAreReadAsYAMLToolsReadThem() throws {
    var catalog = FixtureCatalog()
    catalog.set(
      "departments.yaml", "departments:\n  - &b {id: minzheng, name: 县民政局}\n  - <<: *b\n    id: renshe\n")
    let result = try catalog.check()
    #expect(!result.diagnostics.contains { $0.rule == "schema" && $0.location.file == "departments.yaml" })
    #expect(result.loaded.catalog.departments.map(\.id) == ["minzheng", "renshe"])
    #expect(result.loaded.catalog.departments.map(\.name) == ["县民政局", "县民政局"])
    let text = catalog.set("departments.yaml", "departments:\n  - id: minzheng\n    name: 县民政局\n    <<: 1️⃣3\n")
    #expect(try catalog.positions(of: "schema", file: "departments.yaml") == text.allPositions)
  }

  @Test func gb18030FileGetsAHint() throws {
    let bytes: [UInt8] =
      Array("departments:\n  - id: minzheng\n    ".utf8) + [110, 97, 109, 101, 58, 32, 181, 194, 189, 173, 207, 216]
    var files = FixtureCatalog.base.mapValues { Array($0.utf8) }
    files["departments.yaml"] = bytes
    let result = try Checker().check(MemoryStorage(bytes: files))
    let failure = try #require(result.diagnostics.first { $0.rule == "load" })
    #expect(failure.location == SourceLocation(file: "departments.yaml", line: 3, column: 11))
    #expect(failure.message.contains("GB18030"))
    #expect(result.exitStatus(failOn: .error) == 2)
  }

  @Test func utf16FileIsRefused() throws {
    var files = FixtureCatalog.base.mapValues { Array($0.utf8) }
    files["departments.yaml"] = [255, 254, 97, 0, 58, 0, 32, 0, 191, 83]
    let result = try Checker().check(MemoryStorage(bytes: files))
    #expect(result.diagnostics.first { $0.rule == "load" }?.message.contains("UTF-16") == true)
  }

  @Test func syntaxErrorsAreLocatedAndTranslated() throws {
    var catalog = FixtureCatalog()
    catalog.files["departments.yaml"] = "departments:\n  - id: minzheng\n    name: \"县民政局\n  - id: x\n"
    var failure = try #require(try catalog.check().diagnostics.first { $0.rule == "load" })
    #expect(failure.message.hasPrefix("YAML 语法错误"))
    #expect(failure.location.file == "departments.yaml")
    catalog.files["departments.yaml"] = "departments:\n\t- id: minzheng\n"
    failure = try #require(try catalog.check().diagnostics.first { $0.rule == "load" })
    #expect(failure.location.line == 2)
    #expect(failure.message.contains("Tab"))
  }

  @Test func emptyAndNonMappingFiles() throws {
    var catalog = FixtureCatalog()
    catalog.files["services/empty.yaml"] = "# 待填写\n"
    catalog.files["services/list.yaml"] = "- a\n- b\n"
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == "schema" }
    #expect(Set(diagnostics.map(\.location.file)) == ["services/empty.yaml", "services/list.yaml"])
  }

  @Test func unknownFieldsAndSectionsSuggestTheRightName() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "services/test.yaml",
      "1️⃣servces: []\nservices:\n  - {code: S-1, name: 甲, domain: 社会救助, 2️⃣tme_limit: {committed: 1}}\n3️⃣county: {name: x}")
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == "schema" }
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == text.allPositions)
    #expect(diagnostics[0].message.contains("是否应为“services”"))
    #expect(diagnostics[1].message.contains("是否应为“time_limit”"))
    #expect(diagnostics[2].message.contains("只能写在 qingdan.yaml 中"))
  }

  @Test func wrongVocabularyAndTypes() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "powers/test.yaml",
      "powers:\n  - {code: P-1, name: 甲, category: 1️⃣行政审批, source: 法定, responsibilities: 2️⃣受理责任, office: 3️⃣[a]}")
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == "schema" }
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == text.allPositions)
    #expect(diagnostics.allSatisfy { $0.code == "P-1" })
  }

  @Test func missingQingdanYAMLIsOperational() {
    var files = FixtureCatalog.base
    files["qingdan.yaml"] = nil
    #expect(throws: QingdanError.notACatalog(path: "memory")) { try Checker().check(MemoryStorage(files: files)) }
  }

  @Test func foldersStartingWithDotOrUnderscoreAreSkipped() throws {
    var catalog = FixtureCatalog()
    catalog.files["_drafts/x.yaml"] = "not: [valid"
    catalog.files[".git/y.yaml"] = "not: [valid"
    catalog.files["notes.txt"] = "不是清单"
    #expect(try catalog.check().diagnostics.isEmpty)
  }
}

@Suite struct NumericBoundsTests {
  @Test func hugeStaffNumbersAreRejectedNotSummed() throws {
    var catalog = FixtureCatalog()
    let township = FixtureCatalog.township(id: "alpha", name: "甲镇", code: "520626100", kind: "镇")
    let text = catalog.set(
      "townships/alpha.yaml",
      township.replacingOccurrences(of: "staff: 6}", with: "staff: 1️⃣9223372036854775807}")
        .replacingOccurrences(of: "staff: 8,", with: "staff: 2️⃣9000000000000000000,"))
    let diagnostics = try catalog.check(profile: "jiangjin-pilot").diagnostics.filter { $0.rule == "schema" }
    #expect(diagnostics.count == 3)
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" }.contains(text.position("2️⃣")!))
  }
}

@Suite struct YAMLMessageTests {
  @Test(arguments: [
    "departments:\n  - name: * 重要事项\n", "county: x\n...\ny: 1\n", "departments:\n  - name: \"\\x4g\"\n",
    "departments:\n  - name: !<abc\n", "departments:\n  - {id: a, name: b\n", "departments: [a, b\n",
    "departments:\n  - id: a\n   name: b\n", "departments:\n  - id: a # x\n    name: b: c\n",
  ])
  func syntaxMessagesAreChinese(text: String) throws {
    var catalog = FixtureCatalog()
    catalog.files["departments.yaml"] = text
    let failure = try #require(try catalog.check().diagnostics.first { $0.rule == "load" })
    #expect(failure.message.hasPrefix("YAML 语法错误："))
    // No untranslated libyaml sentence: every English word, if any, stands inside the “libyaml：…” note.
    let outside = failure.message.replacingOccurrences(
      of: #"（libyaml：[^）]*）|YAML|Tab|UTF-8|Unicode|FORMAT\.md"#, with: "", options: .regularExpression)
    #expect(outside.range(of: "[A-Za-z]{3,}", options: .regularExpression) == nil, "\(failure.message)")
  }
}
