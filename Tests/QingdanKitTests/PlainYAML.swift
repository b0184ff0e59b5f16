import QingdanYAML

/// A YAML document as plain values, for tests that read the files qingdan writes for other tools (CI workflows,
/// pre-commit's hook list).
indirect enum PlainYAML: Equatable {
  case scalar(String)
  case mapping([String: PlainYAML])
  case sequence([PlainYAML])

  struct Unreadable: Error, CustomStringConvertible {
    var description: String
  }

  init(parsing text: String) throws {
    switch YAMLParser().parse(Array(text.utf8)) {
    case .success(let document?):
      self = withExtendedLifetime(document) { PlainYAML(document.root) }
    case .success(nil):
      throw Unreadable(description: "no YAML document")
    case .failure(let error):
      throw Unreadable(description: "\(error.line):\(error.column): \(error.message)")
    }
  }

  private init(_ node: YAMLNode) {
    switch node.kind {
    case .scalar(let text, _):
      self = .scalar(text)
    case .mapping(let pairs):
      self = .mapping(
        Dictionary(
          pairs.map { ($0.key.scalarText ?? "", PlainYAML($0.value)) }, uniquingKeysWith: { first, _ in first }))
    case .sequence(let items):
      self = .sequence(items.map(PlainYAML.init))
    }
  }

  subscript(key: String) -> PlainYAML? {
    guard case .mapping(let values) = self else { return nil }
    return values[key]
  }

  var text: String? {
    guard case .scalar(let text) = self else { return nil }
    return text
  }

  var items: [PlainYAML] {
    guard case .sequence(let items) = self else { return [] }
    return items
  }
}
