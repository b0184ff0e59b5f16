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
    let base = oldLocations.contains(location) ? oldRoot : root
    if location.file.hasPrefix("/") || base.isEmpty || base == "." { return location.file }
    var prefix = base
    if prefix.hasPrefix("./") { prefix.removeFirst(2) }
    return prefix.hasSuffix("/") || prefix.hasSuffix(":") ? prefix + location.file : prefix + "/" + location.file
  }
}
