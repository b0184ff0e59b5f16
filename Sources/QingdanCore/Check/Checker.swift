/// Runs every rule the profile turns on over a loaded catalog, applies its waivers and orders the result.
public struct Checker {
  public init() {}

  /// Loads and checks the catalog in `storage`.
  public func check(_ storage: any CatalogStorage, profileOverride: String? = nil) throws(QingdanError) -> CheckResult {
    check(try CatalogLoader().load(storage, profileOverride: profileOverride))
  }

  public func check(_ loaded: LoadedCatalog) -> CheckResult {
    let profile = loaded.profile
    var diagnostics = loaded.failures.map {
      Diagnostic($0, severity: .error, citation: LoadFailure.descriptor.citation)
    }
    let schema = profile.setting(for: SchemaRule.descriptor.id)
    var findings: [Finding] = []
    if loaded.loaded {
      let index = CatalogIndex(loaded.catalog)
      let active = RuleRegistry.catalogRules.filter { profile.setting(for: $0.descriptor.id).severity != nil }
      let results = Parallel.map(active.map(RuleBox.init)) { box in
        box.type.init(parameters: profile.setting(for: box.type.descriptor.id).parameters).check(index)
      }
      findings = Self.withoutFollowOns(results.flatMap { $0 }, in: loaded.catalog)
    } else if schema.severity != nil {
      findings = loaded.catalog.schemaFindings
    }
    if schema.severity != nil { findings += loaded.profileFindings }
    for finding in findings {
      let setting = profile.setting(for: finding.rule)
      guard let severity = setting.severity else { continue }
      diagnostics.append(Diagnostic(finding, severity: severity, citation: setting.citation))
    }
    if loaded.loaded {
      let unused = WaiverMatcher(catalog: loaded.catalog).apply(to: &diagnostics)
      let setting = profile.setting(for: WaiverMatcher.unusedWaiver.id)
      if let severity = setting.severity {
        diagnostics += unused.map { Diagnostic($0, severity: severity, citation: setting.citation) }
      }
    }
    diagnostics.sort(by: Diagnostic.reportOrder)
    // An aliased node is decoded once per alias; its findings are one finding each.
    var seen = Set<Diagnostic>()
    diagnostics = diagnostics.filter { seen.insert($0).inserted }
    return CheckResult(loaded: loaded, diagnostics: diagnostics)
  }
}

extension Checker {
  /// A value that is present but invalid is reported once, by `schema`: the loader leaves it unset and notes where
  /// it was written, so a rule that finds it unset (“没有写明…”) would point at the same value again.
  static func withoutFollowOns(_ findings: [Finding], in catalog: Catalog) -> [Finding] {
    guard !catalog.invalidValues.isEmpty else { return findings }
    let schema = SchemaRule.descriptor.id
    return findings.filter { $0.rule == schema || !catalog.invalidValues.contains($0.location) }
  }
}

/// A rule type in a `Sendable` wrapper, to hand to worker threads.
private struct RuleBox: Sendable {
  let type: any CatalogRule.Type
}
