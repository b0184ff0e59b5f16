/// A catalog a rule must find fault with (triggering) or must leave alone (non-triggering), as documentation and
/// as a test. Each file replaces or adds a file of the test catalog (`FixtureCatalog` in the test support: county
/// 测试县 520626; townships `alpha` 甲镇 and `beta` 乙街道, each with offices `dzb`, `jjfz`, `shsw`, `zhzf`…; departments
/// `minzheng`, `ziran` and `sifa`; powers T-QL-0001/0002, services T-GG-0001/0002, village matter T-CW-0001), which
/// checks clean. Position markers (1️⃣ 2️⃣ …) in a triggering example stand where the rule's findings must point,
/// one marker per finding; the test removes them before loading.
public struct RuleExample: Sendable, Hashable {
  public struct File: Sendable, Hashable {
    /// Relative to the catalog root.
    public var path: String
    /// YAML with position markers.
    public var markedText: String

    public init(_ path: String, _ markedText: String) {
      self.path = path
      self.markedText = markedText
    }
  }

  public var files: [File]
  /// For a rule on changes between editions: the earlier edition's files, over the same test catalog. The example
  /// is then a diff from these to `files`; markers in either edition say where findings point.
  public var before: [File]
  /// The built-in profile the example is checked under; it must turn the rule on.
  public var profile: BuiltinProfileID

  public init(_ files: [File], before: [File] = [], profile: BuiltinProfileID = .dejiang2018) {
    self.files = files
    self.before = before
    self.profile = profile
  }

  /// A change to one file, from `before` to `after`.
  public init(change path: String, before: String, after: String, profile: BuiltinProfileID = .dejiang2018) {
    self.init([File(path, after)], before: [File(path, before)], profile: profile)
  }

  /// One file.
  public init(_ path: String, _ markedText: String, profile: BuiltinProfileID = .dejiang2018) {
    self.init([File(path, markedText)], profile: profile)
  }
}
