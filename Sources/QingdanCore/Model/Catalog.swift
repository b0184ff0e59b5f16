/// One edition of a county's lists, as loaded from a catalog folder.
public struct Catalog: Sendable {
  public var county: County?
  /// `rules:` in qingdan.yaml.
  public var ruleOverrides: [RuleOverride]
  public var departments: [Department]
  public var townships: [Township]
  /// Townships of the previous edition merged into one of `townships` (`merged_into`).
  public var townshipMergers: [TownshipMerger] = []
  public var powers: [Power]
  public var services: [ServiceItem]
  public var villageMatters: [VillageMatter]
  public var waivers: [Waiver]
  /// The catalog's files, relative to its root, sorted.
  public var files: [String]
  /// `schema` findings met while decoding.
  public var schemaFindings: [Finding]
  /// Where a field's value is present but invalid: reported by `schema`, and left unset for the rules.
  public var invalidValues: Set<SourceLocation> = []

  public init(
    county: County? = nil, ruleOverrides: [RuleOverride] = [], departments: [Department] = [],
    townships: [Township] = [], powers: [Power] = [], services: [ServiceItem] = [],
    villageMatters: [VillageMatter] = [], waivers: [Waiver] = [], files: [String] = [], schemaFindings: [Finding] = []
  ) {
    self.county = county
    self.ruleOverrides = ruleOverrides
    self.departments = departments
    self.townships = townships
    self.powers = powers
    self.services = services
    self.villageMatters = villageMatters
    self.waivers = waivers
    self.files = files
    self.schemaFindings = schemaFindings
  }

  public var itemCount: Int { powers.count + services.count + villageMatters.count }
}
