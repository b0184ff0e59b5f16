/// How a CI report names a diagnostic's file: relative to where the command ran (the catalog folder as the user
/// named it, joined with the file), so that CI systems can put findings on the lines of the repository's files.
public struct ReportPaths: Sendable {
  /// The catalog folder as named on the command line, for the (new) edition.
  public var root: String
  /// Locations that lie in the old edition of a diff, and that edition's name.
  public var oldLocations: Set<SourceLocation> = []
  public var oldRoot: String = ""

  public init(root: String) {
    self.root = root
  }

  public func path(_ location: SourceLocation) -> String {
    path(location, inOld: oldLocations.contains(location))
  }

  /// A diagnostic's file, in the edition it names (a diff's diagnostics say which).
  public func path(_ diagnostic: Diagnostic) -> String {
    path(diagnostic.location, inOld: isOld(diagnostic))
  }

  /// Whether a diagnostic's file is in the old edition of a diff.
  public func isOld(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.edition.map { $0 == .old } ?? oldLocations.contains(diagnostic.location)
  }

  private func path(_ location: SourceLocation, inOld: Bool) -> String {
    let base = inOld ? oldRoot : root
    if location.file.hasPrefix("/") || base.isEmpty || base == "." { return location.file }
    var prefix = base
    if prefix.hasPrefix("./") { prefix.removeFirst(2) }
    return prefix.hasSuffix("/") || prefix.hasSuffix(":") ? prefix + location.file : prefix + "/" + location.file
  }
}
