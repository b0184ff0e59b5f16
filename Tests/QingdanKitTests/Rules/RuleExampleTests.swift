import QingdanKit
import QingdanTestSupport
import Testing

/// One example a rule declares, applied over the test catalog.
struct DeclaredExample: CustomTestStringConvertible, Sendable {
  var rule: any DescribedRule.Type
  var example: RuleExample
  var triggering: Bool
  var index: Int

  var testDescription: String { "\(rule.id) \(triggering ? "triggering" : "non-triggering") #\(index + 1)" }

  static let rules: [any DescribedRule.Type] = RuleRegistry.catalogRules + ChangeRules.rules

  static let all: [DeclaredExample] = rules.flatMap { rule in
    rule.descriptor.triggeringExamples.enumerated().map {
      DeclaredExample(rule: rule, example: $0.element, triggering: true, index: $0.offset)
    }
      + rule.descriptor.nonTriggeringExamples.enumerated().map {
        DeclaredExample(rule: rule, example: $0.element, triggering: false, index: $0.offset)
      }
  }
}

/// Every rule's examples, as SwiftLint runs its rules' descriptions: a triggering example finds faults exactly at
/// its markers, a non-triggering one finds none — under a profile that turns the rule on.
@Suite struct RuleExampleTests {
  @Test func everyCatalogAndChangeRuleHasExamplesBothWays() {
    for rule in DeclaredExample.rules {
      #expect(!rule.descriptor.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
      #expect(!rule.descriptor.nonTriggeringExamples.isEmpty, "\(rule.id) has no non-triggering example")
    }
  }

  @Test(arguments: DeclaredExample.all)
  func example(_ declared: DeclaredExample) throws {
    var catalog = FixtureCatalog()
    var earlier = FixtureCatalog()
    var expected: [String] = []
    for file in declared.example.files {
      let text = catalog.set(file.path, file.markedText)
      expected += text.allPositions.map { "\(file.path):\($0)" }
    }
    for file in declared.example.before {
      let text = earlier.set(file.path, file.markedText)
      expected += text.allPositions.map { "\(file.path):\($0)" }
    }
    let profile = declared.example.profile.rawValue
    let diagnostics: [Diagnostic]
    if declared.example.before.isEmpty {
      let result = try catalog.check(profile: profile)
      // An example that does not load runs no rules at all.
      #expect(result.loaded.loaded, "\(result.diagnostics.map(\.message))")
      #expect(result.loaded.profile.setting(for: declared.rule.id).severity != nil, "the profile turns the rule off")
      diagnostics = result.diagnostics
    } else {
      // A rule on changes: the diff from the earlier edition to this one.
      let old = try CatalogLoader().load(MemoryStorage(files: earlier.files), profileOverride: profile)
      let new = try CatalogLoader().load(MemoryStorage(files: catalog.files), profileOverride: profile)
      #expect(old.loaded && new.loaded)
      #expect(new.profile.setting(for: declared.rule.id).severity != nil, "the profile turns the rule off")
      diagnostics = EditionComparer().compare(old: old, new: new, oldName: "old", newName: "new").diagnostics
    }
    let found = diagnostics.filter { $0.rule == declared.rule.id }.map {
      "\($0.location.file):\($0.location.line):\($0.location.column)"
    }
    if declared.triggering {
      #expect(!expected.isEmpty, "a triggering example marks where its findings are")
      #expect(found.sorted() == expected.sorted(), "\(diagnostics.map(\.message))")
    } else {
      #expect(expected.isEmpty, "a non-triggering example has no markers")
      #expect(found == [], "\(diagnostics.filter { $0.rule == declared.rule.id }.map(\.message))")
    }
  }
}
