import QingdanKit
import QingdanTestSupport
import Testing

@testable import QingdanCore

@Suite struct ProfileTests {
  @Test func builtinProfilesFollowRulesTable() {
    let dejiang = BuiltinProfiles.dejiang
    let beijing = BuiltinProfiles.beijing
    let jiangjin = BuiltinProfiles.jiangjin
    #expect(dejiang.setting(for: OfficesCountRule.id).severity == .error)
    #expect(beijing.setting(for: OfficesCountRule.id).severity == nil)
    #expect(jiangjin.setting(for: OfficesCountRule.id).parameters.number("min") == 4)
    #expect(dejiang.setting(for: AgriStaffRatioRule.id).severity == nil)
    #expect(jiangjin.setting(for: AgriStaffRatioRule.id).severity == .error)
    #expect(beijing.setting(for: ReservedPowersRule.id).severity == .error)
    #expect(jiangjin.setting(for: ProxyLimitsRule.id).parameters.number("max_days") == 30)
    #expect(dejiang.setting(for: PoorAcceptanceRule.id).severity == .info)
    #expect(Set(RuleRegistry.descriptors.map(\.id)).count == RuleRegistry.descriptors.count)
  }

  @Test func catalogOverridesInQingdanYAML() throws {
    var catalog = FixtureCatalog()
    catalog.files["qingdan.yaml"] =
      FixtureCatalog.base["qingdan.yaml"]!
      + "\nrules:\n  offices-count: {min: 8, max: 9, citation: 测编〔2024〕1号}\n  stations-count: off\n  service-object: error"
    let result = try catalog.check()
    let offices = result.diagnostics.filter { $0.rule == OfficesCountRule.id }
    #expect(offices.count == 2)
    #expect(offices.allSatisfy { $0.citation == "测编〔2024〕1号" && $0.message.hasSuffix("（依据：测编〔2024〕1号）") })
    #expect(result.loaded.profile.setting(for: StationsCountRule.id).severity == nil)
    #expect(result.loaded.profile.setting(for: ServiceObjectRule.id).severity == .error)
  }

  @Test func badOverridesAreSchemaFindings() throws {
    var catalog = FixtureCatalog()
    let text = catalog.set(
      "qingdan.yaml",
      FixtureCatalog.base["qingdan.yaml"]!
        + "\nrules:\n  1️⃣office-count: off\n  offices-count: {2️⃣minimum: 3}\n  stations-count: 3️⃣sometimes")
    #expect(try catalog.positions(of: SchemaRule.self) == text.allPositions)
  }

  @Test func profileFileExtendsABuiltin() throws {
    var catalog = FixtureCatalog()
    catalog.files["qingdan.yaml"] = FixtureCatalog.base["qingdan.yaml"]!.replacingOccurrences(
      of: "profile: dejiang-2018", with: "profile: profiles/county.yaml")
    catalog.files["profiles/county.yaml"] = """
      id: test-2024
      title: 测试县乡镇权责清单编制规则
      source: 测府办发〔2024〕1号
      extends: jiangjin-pilot
      rules:
        offices-count: {min: 6, max: 8, citation: 测府办发〔2024〕1号 第三条}
        proxy-limits: {max_days: 3}
      """
    let result = try catalog.check()
    #expect(result.loaded.profile.id == "test-2024")
    // The profile file is not a catalog file: its fields are not reported as unknown sections.
    #expect(!result.loaded.catalog.files.contains("profiles/county.yaml"))
    #expect(result.diagnostics.map(\.rule) == [ProxyLimitsRule.id])
    #expect(try catalog.positions(of: OfficesCountRule.self) == [])
  }

  @Test func profileFileProblemsAreReported() throws {
    var catalog = FixtureCatalog()
    catalog.files["qingdan.yaml"] = FixtureCatalog.base["qingdan.yaml"]!.replacingOccurrences(
      of: "profile: dejiang-2018", with: "profile: p1.yaml")
    catalog.files["p1.yaml"] = "id: p1\nextends: p2.yaml\n"
    catalog.files["p2.yaml"] = "id: p2\nextends: p1.yaml\n"
    let result = try catalog.check()
    #expect(result.exitStatus(failOn: .error) == 2)
    #expect(result.diagnostics.first?.message.contains("循环") == true)

    catalog.files["p1.yaml"] = nil
    catalog.files["p2.yaml"] = nil
    catalog.files["qingdan.yaml"] = FixtureCatalog.base["qingdan.yaml"]!.replacingOccurrences(
      of: "profile: dejiang-2018", with: "profile: 1️⃣nanjing-2020")
    let text = MarkedText(catalog.files["qingdan.yaml"]!)
    catalog.files["qingdan.yaml"] = text.text
    let missing = try catalog.check()
    #expect(missing.exitStatus(failOn: .error) == 2)
    #expect(missing.diagnostics.map { "\($0.location.line):\($0.location.column)" } == text.allPositions)
  }

  @Test func profileOverrideForOneRun() throws {
    let catalog = FixtureCatalog()
    let result = try catalog.check(profile: "jiangjin-pilot")
    #expect(result.loaded.profile.id == "jiangjin-pilot")
    #expect(result.diagnostics.map(\.rule) == [OfficesCountRule.id, OfficesCountRule.id])
  }
}

@Suite struct ProfileSilenceTests {
  /// Under every built-in profile, only the rules it turns on report anything, each with the profile's severity
  /// and citation.
  @Test(arguments: BuiltinProfiles.ids)
  func onlyEnabledRulesReport(id: String) throws {
    let path = CommandRunner.packageRoot.appendingPathComponent(Fixtures.violations).path
    let result = try Checker().check(DirectoryStorage(path: path), profileOverride: id)
    let profile = try #require(BuiltinProfiles.profile(id))
    #expect(!result.diagnostics.isEmpty)
    for diagnostic in result.diagnostics {
      let setting = profile.setting(for: diagnostic.rule)
      #expect(setting.severity == diagnostic.severity, "\(diagnostic.rule) under \(id)")
      #expect(setting.citation == diagnostic.citation)
    }
  }
}
