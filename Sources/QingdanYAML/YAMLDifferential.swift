/// Checks that `FastBlockParser` and libyaml agree: whenever the fast path accepts a text, libyaml must accept it
/// too and compose the same tree — the same nodes, scalar text, styles, lines and columns. The tests run it over
/// every catalog and fixture and the fuzz target over every input it tries.
public enum YAMLDifferential {
  /// A description of the first disagreement, or nil when the parsers agree or the fast path declined the text
  /// (or the text is not UTF-8, which the loader refuses before parsing).
  public static func mismatch(in bytes: [UInt8]) -> String? {
    guard TextEncoding.problem(in: bytes) == nil else { return nil }
    let fast = bytes.withUnsafeBufferPointer { FastBlockParser.parse($0) }
    guard case .parsed(let fastDocument) = fast else { return nil }
    var parser = YAMLParser()
    parser.fastPath = false
    switch parser.parse(bytes) {
    case .failure(let error):
      return "fast path accepted a text libyaml rejects at \(error.line):\(error.column): \(error.message)"
    case .success(let slowDocument):
      switch (fastDocument, slowDocument) {
      case (nil, nil): return nil
      case (let fast?, let slow?):
        return withExtendedLifetime((fast, slow)) { difference(fast.root, slow.root, path: "$") }
      default:
        return "fast path found \(fastDocument == nil ? "no" : "a") document, libyaml the opposite"
      }
    }
  }

  /// Whether the fast path parses `bytes` itself rather than leaving them to libyaml.
  public static func fastPathAccepts(_ bytes: [UInt8]) -> Bool {
    if case .parsed = bytes.withUnsafeBufferPointer({ FastBlockParser.parse($0) }) { return true }
    return false
  }

  private static func difference(_ fast: YAMLNode, _ slow: YAMLNode, path: String) -> String? {
    if (fast.line, fast.column) != (slow.line, slow.column) {
      return "\(path): fast path at \(fast.line):\(fast.column), libyaml at \(slow.line):\(slow.column)"
    }
    switch (fast.kind, slow.kind) {
    case (.scalar(let a, let plainA), .scalar(let b, let plainB)):
      return a == b && plainA == plainB ? nil : "\(path): fast path read “\(a)” (\(plainA)), libyaml “\(b)” (\(plainB))"
    case (.sequence(let a), .sequence(let b)):
      guard a.count == b.count else { return "\(path): \(a.count) items against libyaml's \(b.count)" }
      for (offset, (x, y)) in zip(a, b).enumerated() {
        if let found = difference(x, y, path: "\(path)[\(offset)]") { return found }
      }
      return nil
    case (.mapping(let a), .mapping(let b)):
      guard a.count == b.count else { return "\(path): \(a.count) pairs against libyaml's \(b.count)" }
      for (offset, (x, y)) in zip(a, b).enumerated() {
        if let found = difference(x.key, y.key, path: "\(path){\(offset)}") { return found }
        if let found = difference(x.value, y.value, path: "\(path).\(x.key.scalarText ?? "?")") { return found }
      }
      return nil
    default:
      return "\(path): fast path made a \(fast.kindName), libyaml a \(slow.kindName)"
    }
  }
}
