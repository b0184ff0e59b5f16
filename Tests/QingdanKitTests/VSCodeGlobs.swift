/// The globs of a VS Code `yaml.schemas` entry, read the two ways they are read in practice:
///
/// - `.workspace`: minimatch-style, relative to the workspace folder, as VS Code's own settings read globs
///   (`*` and `?` stay within one path segment and match a leading dot, `**` matches any number of segments);
/// - `.languageServer`: as the YAML language server (through vscode-json-languageservice) matches them: each
///   pattern prefixed with `**/` and matched against the file's whole path, wherever the workspace lies.
///
/// In both, a pattern starting with `!` excludes, and the last pattern that matches decides.
struct VSCodeGlobs {
  enum Reading: CaseIterable {
    case workspace
    case languageServer
  }

  let patterns: [String]

  /// Whether the file at `path` (relative to the workspace, `/`-separated) is selected.
  func selects(_ path: String, reading: Reading) -> Bool {
    var selected = false
    for raw in patterns {
      let include = !raw.hasPrefix("!")
      var pattern = include ? Substring(raw) : raw.dropFirst()
      if pattern.hasPrefix("/") { pattern = pattern.dropFirst() }
      let matched: Bool
      switch reading {
      case .workspace:
        matched = Self.matches(pattern.split(separator: "/"), path.split(separator: "/"))
      case .languageServer:
        // A workspace in a folder whose path has a space, Chinese and a dot, as a clerk's would.
        let absolute = "home/县编委办/工作 v2.0/清单/" + path
        matched = Self.matches(("**/" + pattern).split(separator: "/"), absolute.split(separator: "/"))
      }
      if matched { selected = include }
    }
    return selected
  }

  private static func matches(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
    guard let first = pattern.first else { return path.isEmpty }
    if first == "**" {
      // Zero or more segments.
      return (0...path.count).contains { matches(pattern.dropFirst(), path.dropFirst($0)) }
    }
    guard let name = path.first, matchesSegment(Array(first), Array(name)) else { return false }
    return matches(pattern.dropFirst(), path.dropFirst())
  }

  private static func matches(_ pattern: [Substring], _ path: [Substring]) -> Bool {
    matches(pattern[...], path[...])
  }

  private static func matchesSegment(_ pattern: [Character], _ name: [Character]) -> Bool {
    guard let first = pattern.first else { return name.isEmpty }
    switch first {
    case "*":
      return (0...name.count).contains { matchesSegment(Array(pattern.dropFirst()), Array(name.dropFirst($0))) }
    case "?":
      return !name.isEmpty && matchesSegment(Array(pattern.dropFirst()), Array(name.dropFirst()))
    default:
      return name.first == first && matchesSegment(Array(pattern.dropFirst()), Array(name.dropFirst()))
    }
  }
}
