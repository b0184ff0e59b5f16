/// A value as the publications show it.
public enum FactValue: Sendable, Hashable {
  case text(String)
  case list([String])
  /// Ordered steps, shown numbered.
  case steps([String])

  /// The value on one line, for tables.
  public var flat: String {
    switch self {
    case .text(let text): return text
    case .list(let items): return items.count == 1 ? items[0] : items.joined(separator: "；")
    case .steps(let steps):
      var line = ""
      for (offset, step) in steps.enumerated() { line += (offset == 0 ? "1. " : " \(offset + 1). ") + step }
      return line
    }
  }
}
