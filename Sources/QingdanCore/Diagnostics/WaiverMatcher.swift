/// Applies a catalog's waivers to its diagnostics and reports the waivers that exempt nothing.
public struct WaiverMatcher {
  public static let unusedWaiver = UnusedWaiverRule.descriptor

  /// Rules no waiver can exempt: a file that does not follow the format, or does not load, is fixed, not excused.
  public static let unwaivable: Set<String> = ["load", "schema", "unused-waiver"]
  /// The rules on changes between editions (`ChangeRules`).
  static let changeRules = Set(ChangeRules.descriptors.map(\.id))

  let waivers: [Waiver]
  private let catalog: Catalog

  public init(catalog: Catalog) {
    waivers = catalog.waivers
    self.catalog = catalog
  }

  /// Marks waived diagnostics and returns the `unused-waiver` findings.
  public func apply(to diagnostics: inout [Diagnostic]) -> [Finding] {
    guard !waivers.isEmpty else { return [] }
    var used = [Bool](repeating: false, count: waivers.count)
    var byKey: [String: [Int]] = [:]
    for (index, waiver) in waivers.enumerated() {
      byKey[waiver.rule + "\u{0}" + waiver.target, default: []].append(index)
    }
    for index in diagnostics.indices where !Self.unwaivable.contains(diagnostics[index].rule) {
      let diagnostic = diagnostics[index]
      let target = diagnostic.code ?? diagnostic.township ?? "county"
      let matches = byKey[diagnostic.rule + "\u{0}" + target] ?? []
      guard !matches.isEmpty else { continue }
      diagnostics[index].waived = true
      diagnostics[index].waiverReason = matches.map { waivers[$0].reason }.joined(separator: "；")
      for match in matches { used[match] = true }
    }
    // A waiver of a rule on changes exempts what a diff finds against the previous edition; checking one edition
    // cannot tell whether it is used, so it is never reported unused here (else every approved 上收 would warn).
    let unused = waivers.indices.filter { !used[$0] && !Self.changeRules.contains(waivers[$0].rule) }
    guard !unused.isEmpty else { return [] }
    // What a waiver can name, gathered only when one names nothing (a province has a hundred thousand codes).
    let known = (
      townships: Set(catalog.townships.map(\.id)),
      codes: Set(catalog.powers.map(\.code) + catalog.services.map(\.code) + catalog.villageMatters.map(\.code))
    )
    return unused.map { unusedFinding(waivers[$0], known: known) }
  }

  private func unusedFinding(_ waiver: Waiver, known: (townships: Set<String>, codes: Set<String>)) -> Finding {
    let target = waiver.target
    let message: String
    if target != "county" && !known.townships.contains(target) && !known.codes.contains(target) {
      message = "豁免的对象“\(target)”既不是事项编码，也不是乡镇 id 或 county；这条“\(waiver.rule)”豁免没有豁免任何检查结果"
    } else {
      message = "对“\(target)”的“\(waiver.rule)”豁免没有豁免任何检查结果（问题可能已经改正），请删除或更正这条豁免"
    }
    return Finding(rule: Self.unusedWaiver.id, message: message, location: waiver.locations["target"])
  }
}

/// `unused-waiver`: every waiver exempts at least one diagnostic; `WaiverMatcher` finds the ones that do not.
public enum UnusedWaiverRule: DescribedRule {
  public static let descriptor = RuleDescriptor(
    id: "unused-waiver",
    summary: "每条豁免都实际豁免了至少一条检查结果",
    explanation: "豁免用于经批准的例外。一条豁免如果没有豁免任何检查结果（问题已经改正，或 target 写错了），应当删除或更正，以免日后掩盖新的问题。",
    citation: "FORMAT.md", referenceSeverity: .warning, profiles: .every, groups: [.county])
}
