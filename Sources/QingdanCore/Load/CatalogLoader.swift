import Dispatch
import QingdanYAML

/// A loaded catalog with the profile it is checked under.
public struct LoadedCatalog: Sendable {
  public var catalog: Catalog
  public var profile: Profile
  /// `load` findings: files that could not be read as YAML, a profile that cannot be resolved.
  public var failures: [Finding]
  /// `schema` findings in profile files (the catalog's own are in `catalog.schemaFindings`).
  public var profileFindings: [Finding]

  /// Whether every file loaded; rules run only then.
  public var loaded: Bool { failures.isEmpty }
}

/// Loads a catalog: reads `qingdan.yaml` for the county and its profile, then every other file in parallel,
/// each parsed (`FastBlockParser`, or libyaml for what it declines) and decoded into the model, and joins them in
/// file order.
public struct CatalogLoader: Sendable {
  public init() {}

  /// Throws only when the storage is not a catalog at all; everything wrong inside it is a finding.
  /// `profileOverride`, when given, replaces `county.profile` for this run.
  public func load(_ storage: any CatalogStorage, profileOverride: String? = nil) throws(QingdanError) -> LoadedCatalog
  {
    let listing = try storage.list()
    guard listing.files.contains(CatalogFiles.rootFile) else { throw .notACatalog(path: storage.displayName) }

    let root = Self.loadFile(CatalogFiles.rootFile, from: storage, isRoot: true)
    let county = root.fragment.county
    let profiles = ProfileLoader(storage: storage)
    // The catalog's own profile file is never a catalog file, even when this run uses another profile.
    let named = county?.profile ?? BuiltinProfiles.defaultID
    let namedAt = county?.locations["profile"] ?? SourceLocation(file: CatalogFiles.rootFile, line: 1, column: 1)
    let own = profiles.resolve(named, referencedAt: namedAt, confined: true)
    var resolution = own
    if let profileOverride {
      guard profiles.exists(profileOverride) else { throw .unknownProfile(profileOverride) }
      let commandLine = SourceLocation(file: profileOverride, line: 1, column: 1)
      resolution = profiles.resolve(profileOverride, referencedAt: commandLine, confined: false)
    }
    let profileFiles = Set(own.files + resolution.files)
    let others = listing.files.filter { $0 != CatalogFiles.rootFile && !profileFiles.contains($0) }

    let outcomes = Parallel.map(others) { Self.loadFile($0, from: storage, isRoot: false) }

    var catalog = Catalog(files: listing.files.filter { !profileFiles.contains($0) })
    var failures: [Finding] = []
    var mentions: [TownshipNames.Mention] = []
    for outcome in [root] + outcomes {
      if let failure = outcome.failure { failures.append(failure) }
      mentions += outcome.fragment.townshipMentions.map { $0.shifted(by: catalog.schemaFindings.count) }
      catalog.merge(outcome.fragment)
    }
    TownshipNames(catalog.townships).suggestIDs(for: mentions, in: &catalog.schemaFindings)
    for (path, reason) in listing.skipped.sorted(by: { $0.key < $1.key }) {
      catalog.schemaFindings.append(
        Finding(
          rule: SchemaRule.descriptor.id, message: "文件“\(path)”\(reason)",
          location: SourceLocation(file: path, line: 1, column: 1)))
    }
    let isLoadFailure = { (finding: Finding) in finding.rule == LoadFailure.descriptor.id }
    failures += resolution.findings.filter(isLoadFailure)
    return LoadedCatalog(
      catalog: catalog, profile: resolution.profile.applying(catalog.ruleOverrides), failures: failures,
      profileFindings: resolution.findings.filter { !isLoadFailure($0) })
  }

  /// Two editions at once, for `diff`: each loads its files on every core, and the two share the cores.
  public func load(
    old: any CatalogStorage, new: any CatalogStorage, profileOverride: String? = nil
  ) throws(QingdanError) -> (old: LoadedCatalog, new: LoadedCatalog) {
    let editions = Parallel.map([(old, nil), (new, profileOverride)] as [(any CatalogStorage, String?)]) {
      (storage, override) -> Result<LoadedCatalog, QingdanError> in
      do throws(QingdanError) {
        return .success(try load(storage, profileOverride: override))
      } catch {
        return .failure(error)
      }
    }
    return (try editions[0].get(), try editions[1].get())
  }

  private struct FileOutcome: Sendable {
    var fragment = CatalogFragment()
    var failure: Finding?
  }

  private static func loadFile(_ path: String, from storage: any CatalogStorage, isRoot: Bool) -> FileOutcome {
    let bytes: [UInt8]
    do {
      bytes = try storage.read(path)
    } catch {
      return FileOutcome(failure: LoadFailure.finding(error.description, file: path))
    }
    let parsed = CatalogFileParser.parse(bytes, file: path)
    if let failure = parsed.failure { return FileOutcome(failure: failure) }
    let decoder = CatalogDecoder(collector: SchemaCollector(file: path), isRootFile: isRoot)
    var fragment = withExtendedLifetime(parsed) { decoder.decode(parsed.node) }
    fragment.findings += parsed.slips
    return FileOutcome(fragment: fragment)
  }
}

extension Catalog {
  mutating func merge(_ fragment: CatalogFragment) {
    if let county = fragment.county { self.county = county }
    ruleOverrides += fragment.ruleOverrides
    departments += fragment.departments
    townships += fragment.townships
    townshipMergers += fragment.townshipMergers
    powers += fragment.powers
    services += fragment.services
    villageMatters += fragment.villageMatters
    waivers += fragment.waivers
    schemaFindings += fragment.findings
    invalidValues.formUnion(fragment.invalidValues)
  }
}
