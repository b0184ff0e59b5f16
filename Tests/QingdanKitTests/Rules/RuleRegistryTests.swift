import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

@testable import QingdanCore

@Suite struct RuleRegistryTests {
  /// The names of the types declared in the Swift files under `folder` that conform to `protocolName`.
  private func declaredTypes(conformingTo protocolName: String, under folder: String) throws -> Set<String> {
    let root = CommandRunner.packageRoot.appendingPathComponent(folder)
    let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
    let declaration = try Regex("(?:struct|enum|class)\\s+(\\w+)\\s*:[^{]*\\b\(protocolName)\\b")
    var names = Set<String>()
    for case let file as URL in files where file.pathExtension == "swift" {
      let text = try String(contentsOf: file, encoding: .utf8)
      for match in text.matches(of: declaration) {
        if let name = match.output[1].substring { names.insert(String(name)) }
      }
    }
    return names
  }

  @Test func registryListsEveryCatalogRuleType() throws {
    let declared = try declaredTypes(conformingTo: "CatalogRule", under: "Sources/QingdanCore/Rules")
    let registered = RuleRegistry.catalogRules.map { String(describing: $0) }
    #expect(!declared.isEmpty)
    #expect(Set(registered) == declared)
    #expect(Set(registered).count == registered.count, "a rule is registered twice")
  }

  @Test func registryListsEveryOtherRuleType() throws {
    let declared = try declaredTypes(conformingTo: "DescribedRule", under: "Sources")
    let registered = RuleRegistry.rules.map { String(describing: $0) }
    let catalogRules = Set(RuleRegistry.catalogRules.map { String(describing: $0) })
    #expect(!declared.isEmpty)
    #expect(Set(registered).subtracting(catalogRules) == declared)
  }

  @Test func ruleIDsAreUniqueAndTypesFindTheirDescriptors() {
    #expect(Set(RuleRegistry.descriptors.map(\.id)).count == RuleRegistry.descriptors.count)
    for rule in RuleRegistry.rules { #expect(RuleRegistry.descriptor(for: rule.id) == rule.descriptor) }
  }

  /// Issue 20's rules will come with a profile of their own: a rule that does not choose profiles is off in
  /// every one that exists.
  @Test func aRuleThatChoosesNoProfileIsOffEverywhere() {
    let descriptor = RuleDescriptor(
      id: "new-rule", summary: "", explanation: "", citation: "", referenceSeverity: .error)
    #expect(BuiltinProfileID.allCases.allSatisfy { !descriptor.profiles.selects($0) })
    #expect(ProfileSelection.era(.era2018).except(.beijing2018).selects(.dejiang2018))
    #expect(!ProfileSelection.era(.era2018).except(.beijing2018).selects(.beijing2018))
  }

  /// Every built-in profile turns on exactly the rules that select it, and names only registered rules.
  @Test(arguments: BuiltinProfileID.allCases)
  func builtinProfileFollowsTheRules(id: BuiltinProfileID) {
    let profile = BuiltinProfiles.profile(id)
    #expect(Set(profile.settings.keys) == Set(RuleRegistry.descriptors.map(\.id)))
    for descriptor in RuleRegistry.descriptors {
      #expect(
        (profile.setting(for: descriptor.id).severity != nil) == descriptor.profiles.selects(id), "\(descriptor.id)")
    }
  }

  @Test func profileFileNamingAnUnknownRuleIsAnError() throws {
    var catalog = FixtureCatalog()
    catalog.files["qingdan.yaml"] = FixtureCatalog.base["qingdan.yaml"]!.replacingOccurrences(
      of: "profile: dejiang-2018", with: "profile: profiles/county.yaml")
    let text = catalog.set(
      "profiles/county.yaml",
      """
      id: test-2024
      extends: beijing-2018
      rules:
        1️⃣reserved-power: warning
      """)
    let result = try catalog.check()
    let findings = result.diagnostics.filter { $0.rule == SchemaRule.id }
    #expect(
      findings.map { "\($0.location.file):\($0.location.line):\($0.location.column)" } == [
        "profiles/county.yaml:" + text.allPositions[0]
      ])
    #expect(findings.first?.severity == .error)
    #expect(findings.first?.message.hasPrefix("没有名为“reserved-power”的规则，是否应为“reserved-powers”？") == true)
    #expect(result.exitStatus(failOn: .error) == 1)
    // The misspelt setting changed nothing.
    #expect(result.loaded.profile.setting(for: ReservedPowersRule.id).severity == .error)
  }
}
