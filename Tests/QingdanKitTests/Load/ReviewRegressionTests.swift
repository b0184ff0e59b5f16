import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// Regressions from the review of the catalog core: each was a hang, a leak, a crash or a wrong result.
@Suite struct ReviewRegressionTests {
  private func directory(_ catalog: TemporaryCatalog) -> DirectoryStorage { DirectoryStorage(path: catalog.path) }

  @Test func profilePathsMustStayInsideTheCatalog() throws {
    let catalog = try TemporaryCatalog(copying: Fixtures.dejiang)
    try catalog.edit("qingdan.yaml") {
      $0.replacingOccurrences(of: "profile: dejiang-2018", with: "profile: /etc/passwd")
    }
    let result = try Checker().check(directory(catalog))
    #expect(result.exitStatus(failOn: .error) == 2)
    #expect(result.diagnostics.map(\.rule) == ["load"])
    #expect(!result.diagnostics.contains { $0.message.contains("root") })
    try catalog.edit("qingdan.yaml") {
      $0.replacingOccurrences(of: "profile: /etc/passwd", with: "profile: ../../../etc/passwd")
    }
    #expect(try Checker().check(directory(catalog)).diagnostics.map(\.rule) == ["load"])
  }

  @Test func devicesAndPipesAreNeverRead() throws {
    let catalog = try TemporaryCatalog(copying: Fixtures.dejiang)
    #expect(mkfifo(catalog.url.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
    let piped = try Checker().check(directory(catalog))
    #expect(piped.diagnostics.filter { !$0.waived }.map(\.location.file) == ["pipe.yaml"])
    try catalog.edit("qingdan.yaml") {
      $0.replacingOccurrences(of: "profile: dejiang-2018", with: "profile: pipe.yaml")
    }
    let profile = try Checker().check(directory(catalog))
    #expect(profile.exitStatus(failOn: .error) == 2)
    #expect(profile.diagnostics.first { $0.rule == "load" }?.message.contains("找不到规则配置") == true)
  }

  @Test func linksInsideTheCatalogAreReadAndOthersReported() throws {
    let catalog = try TemporaryCatalog(copying: Fixtures.dejiang)
    let services = catalog.url.appendingPathComponent("services")
    try FileManager.default.moveItem(
      at: services.appendingPathComponent("laodong-jiuye.yaml"), to: catalog.url.appendingPathComponent("_shared.yml"))
    try FileManager.default.createDirectory(
      at: catalog.url.appendingPathComponent("_shared"), withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      at: catalog.url.appendingPathComponent("_shared.yml"),
      to: catalog.url.appendingPathComponent("_shared/laodong.yaml"))
    try FileManager.default.createSymbolicLink(
      atPath: services.appendingPathComponent("laodong.yaml").path, withDestinationPath: "../_shared/laodong.yaml")
    try FileManager.default.createSymbolicLink(
      atPath: services.appendingPathComponent("outside.yaml").path, withDestinationPath: "/etc/hostname")
    let result = try Checker().check(directory(catalog))
    #expect(result.loaded.catalog.files.contains("services/laodong.yaml"))
    let reported = result.diagnostics.filter { !$0.waived }
    #expect(reported.map(\.location.file) == ["services/outside.yaml"])
    #expect(reported.first?.message.contains("链接") == true)
  }

  @Test func overridingTheProfileKeepsTheCatalogsProfileFileOutOfTheCatalog() throws {
    let catalog = try TemporaryCatalog(copying: Fixtures.dejiang)
    try catalog.write("profiles/county.yaml", "id: county\nextends: dejiang-2018\nrules:\n  stations-count: error\n")
    try catalog.edit("qingdan.yaml") {
      $0.replacingOccurrences(of: "profile: dejiang-2018", with: "profile: profiles/county.yaml")
    }
    #expect(try Checker().check(directory(catalog)).exitStatus(failOn: .error) == 0)
    let overridden = try Checker().check(directory(catalog), profileOverride: "beijing-2018")
    // Under beijing-2018 stations-count is off, so only the now-unused waiver speaks; no schema finding.
    #expect(overridden.diagnostics.filter { !$0.waived }.map(\.rule) == ["unused-waiver"])
    #expect(throws: QingdanError.unknownProfile("nope")) {
      try Checker().check(directory(catalog), profileOverride: "nope")
    }
  }

  @Test func aliasesCannotAmplifyASmallFile() throws {
    var catalog = FixtureCatalog()
    let aliases = Array(repeating: "*p", count: 5_000).joined(separator: ", ")
    catalog.files["powers/amplified.yaml"] =
      "x: &p {code: A1, name: 某, category: 行政许可, source: 委托, bad: 1, more: [1, 2, 3, 4, 5, 6, 7, 8]}\npowers: [\(aliases)]\n"
    let result = try catalog.check()
    #expect(result.exitStatus(failOn: .error) == 2)
    #expect(result.diagnostics.first { $0.rule == "load" }?.message.contains("别名展开过多") == true)
    // A few aliases are fine, and their copies do not multiply the findings.
    catalog.files["powers/amplified.yaml"] =
      "x: &p {code: A1, name: 某, category: 行政许可, source: 法定, bad: 1}\npowers: [*p, *p, *p]\n"
    let few = try catalog.check()
    #expect(few.diagnostics.filter { $0.message.contains("未定义的字段“bad”") }.count == 1)
  }

  @Test func standardOutputFailureExitsTwo() throws {
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = ["check", Fixtures.dejiang]
    process.currentDirectoryURL = CommandRunner.packageRoot
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(message.contains("无法写入“标准输出”"))
  }

  @Test(arguments: ["0.0", "０", "无经费", "零元", "0 元", "暂无", "人民币0元"])
  func zeroFundingInAnyForm(funding: String) throws {
    var catalog = FixtureCatalog()
    catalog.files["village/base.yaml"] = FixtureCatalog.base["village/base.yaml"]!.replacingOccurrences(
      of: "funding: 每年每村 2000 元", with: "funding: \"\(funding)\"")
    #expect(try catalog.positions(of: "village-terms").count == 1)
  }

  @Test func someRulesCannotBeWaived() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "waivers.yaml",
      "waivers:\n  - {rule: 1️⃣schema, target: county, reason: 暂时}\n  - {rule: 2️⃣load, target: county, reason: x}")
    #expect(try catalog.positions(of: "schema") == text.allPositions)
    #expect(try catalog.positions(of: "unused-waiver") == [])
  }

  @Test func quotedBooleansAndNumbersSaySo() throws {
    var catalog = FixtureCatalog()
    catalog.files["services/base.yaml"] = FixtureCatalog.base["services/base.yaml"]!
      .replacingOccurrences(of: "on_the_spot: false", with: "on_the_spot: \"false\"")
      .replacingOccurrences(of: "proxy_days: 5", with: "proxy_days: '5'")
    let messages = try catalog.check().diagnostics.filter { $0.rule == "schema" }.map(\.message)
    #expect(messages.count == 2)
    #expect(messages.allSatisfy { $0.contains("请去掉") && $0.contains("两边的引号") })
  }

  @Test func profileParametersAreValidated() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "qingdan.yaml",
      FixtureCatalog.base["qingdan.yaml"]!
        + "\nrules:\n  offices-count: {min: 1️⃣9, max: 3}\n  disclosure-frequency: {min: 2️⃣2.7}\n  reserved-powers: {categories: 3️⃣[行政许]}"
    )
    let diagnostics = try catalog.check().diagnostics.filter { $0.rule == "schema" }
    #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == text.allPositions)
    #expect(diagnostics[0].message.contains("min（9）大于 max（3）"))
  }

  @Test func encodingErrorColumnIgnoresTheByteOrderMark() throws {
    var files = FixtureCatalog.base.mapValues { Array($0.utf8) }
    files["departments.yaml"] = [0xEF, 0xBB, 0xBF] + Array("departments: x".utf8) + [0xFF]
    let failure = try #require(try Checker().check(MemoryStorage(bytes: files)).diagnostics.first { $0.rule == "load" })
    #expect(failure.location.column == 15)
  }

  @Test func officeMessagesNameTheOffice() throws {
    var catalog = FixtureCatalog()
    catalog.files["townships/alpha.yaml"] = FixtureCatalog.township(
      id: "alpha", name: "甲镇", code: "520626100", kind: "镇"
    )
    .replacingOccurrences(of: "{id: ajb, name: 安全生产监督管理办公室, staff: 3}", with: "{id: ajb, staff: 3}")
    let message = try #require(try catalog.check().diagnostics.first { $0.rule == "schema" }?.message)
    #expect(message.hasPrefix("乡镇 alpha 的党政办事机构 ajb：缺少必填字段“name”"))
  }
}
