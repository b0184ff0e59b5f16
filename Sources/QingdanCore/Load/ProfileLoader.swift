/// Resolves the profile a check runs under: a built-in id, or a profile file (relative to the catalog root)
/// that may `extends` another, built-in or file.
public struct ProfileLoader {
  /// Profile files form a chain through `extends`; a longer chain is surely a mistake.
  static let maxChain = 16

  let storage: any CatalogStorage

  public init(storage: any CatalogStorage) {
    self.storage = storage
  }

  /// A resolved profile with the findings of its files: `schema` findings for what is wrong in a profile file,
  /// a `load` finding when it cannot be resolved at all (the profile is then the default one).
  public struct Resolution: Sendable {
    public var profile: Profile
    public var findings: [Finding]
    /// The profile files of the `extends` chain, relative to the catalog root: none of them is a catalog file.
    public var files: [String]
  }

  /// `confined`: the reference comes from the catalog, so it and every `extends` in its chain must stay inside
  /// the catalog folder — a catalog must not be able to make qingdan read and echo other files on the machine.
  public func resolve(_ reference: String, referencedAt location: SourceLocation, confined: Bool) -> Resolution {
    var findings: [Finding] = []
    var chain: [String] = []
    let context = Context(confined: confined, location: location)
    let profile = resolve(reference, beside: "", context: context, chain: &chain, findings: &findings)
    return Resolution(profile: profile ?? BuiltinProfiles.dejiang, findings: findings, files: chain)
  }

  /// Whether `reference` names a built-in profile or a file that can be read.
  public func exists(_ reference: String) -> Bool {
    BuiltinProfiles.profile(reference) != nil || (try? storage.read(RelativePath.normalized(reference))) != nil
  }

  private struct Context {
    var confined: Bool
    var location: SourceLocation
  }

  private func resolve(
    _ reference: String, beside file: String, context: Context, chain: inout [String], findings: inout [Finding]
  ) -> Profile? {
    let location = context.location
    if let builtin = BuiltinProfiles.profile(reference) { return builtin }
    let path = RelativePath.resolve(reference, besideFile: file)
    if context.confined && (path.hasPrefix("/") || path == ".." || path.hasPrefix("../")) {
      findings.append(fail("规则配置“\(reference)”不在清单目录内；清单中只能引用清单目录内的配置文件（相对路径）", location))
      return nil
    }
    if chain.contains(path) {
      findings.append(fail("规则配置的 extends 形成了循环：\((chain + [path]).joined(separator: " → "))", location))
      return nil
    }
    guard chain.count < Self.maxChain else {
      findings.append(fail("规则配置的 extends 链超过 \(Self.maxChain) 层", location))
      return nil
    }
    chain.append(path)
    guard let bytes = try? storage.read(path) else {
      let builtins = BuiltinProfiles.ids.joined(separator: "、")
      findings.append(fail("找不到规则配置“\(reference)”：它既不是内置配置（\(builtins)），也不是可读取的配置文件", location))
      return nil
    }
    let parsed = CatalogFileParser.parse(bytes, file: path)
    // The nodes below do not keep their document alive.
    defer { withExtendedLifetime(parsed) {} }
    if let failure = parsed.failure {
      findings.append(failure)
      return nil
    }
    let collector = SchemaCollector(file: path)
    defer { findings += collector.findings }
    guard let node = parsed.node,
      let reader = FieldReader(node, collector: collector, subject: Subject(label: "规则配置"), what: "规则配置文件")
    else { return nil }
    reader.rejectUnknown(allowed: ["id", "title", "source", "extends", "rules"])
    let id = reader.text("id", required: true) ?? path
    var base = BuiltinProfiles.dejiang
    if let parent = reader.text("extends") {
      let at = Context(confined: context.confined, location: collector.location(of: reader.locationNode("extends")))
      guard let resolved = resolve(parent, beside: path, context: at, chain: &chain, findings: &findings) else {
        return nil
      }
      base = resolved
    }
    let overrides = reader.value("rules").map { RuleOverrideDecoder(collector: collector).decode($0) } ?? []
    var profile = base.applying(overrides)
    profile.id = id
    profile.title = reader.text("title") ?? profile.title
    profile.source = reader.text("source") ?? profile.source
    return profile
  }

  private func fail(_ message: String, _ location: SourceLocation) -> Finding {
    LoadFailure.finding(message, file: location.file, line: location.line, column: location.column)
  }
}
