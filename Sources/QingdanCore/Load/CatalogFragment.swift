/// What one catalog file contributes. Fragments are joined, in file order, into a `Catalog`.
struct CatalogFragment: Sendable {
  var county: County?
  var ruleOverrides: [RuleOverride] = []
  var departments: [Department] = []
  var townships: [Township] = []
  var townshipMergers: [TownshipMerger] = []
  var powers: [Power] = []
  var services: [ServiceItem] = []
  var villageMatters: [VillageMatter] = []
  var waivers: [Waiver] = []
  var findings: [Finding] = []
  /// Townships written by name in `findings`, by index.
  var townshipMentions: [TownshipNames.Mention] = []
  var invalidValues: Set<SourceLocation> = []
}
