/// A node of one parsed YAML document, with the position where its value starts.
///
/// This type never leaves the loader: `CatalogDecoder` turns nodes into the model.
struct YAMLNode {
  enum Kind {
    /// `plain` is false for quoted and block scalars and for scalars tagged `!!str`.
    case scalar(String, plain: Bool)
    case mapping([YAMLPair])
    case sequence([YAMLNode])
  }

  var kind: Kind
  /// 1-based line.
  var line: Int
  /// 1-based column, counted in Unicode characters.
  var column: Int

  /// A plain scalar YAML 1.2's core schema reads as null (`~`, `null`, or nothing at all).
  var isNull: Bool {
    if case .scalar(let text, true) = kind {
      return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }
    return false
  }

  var scalarText: String? {
    if case .scalar(let text, _) = kind { return text }
    return nil
  }

  /// The Chinese name of the node's kind, for messages.
  var kindName: String {
    switch kind {
    case .scalar: return isNull ? "空值" : "标量"
    case .mapping: return "映射"
    case .sequence: return "列表"
    }
  }
}

struct YAMLPair {
  var key: YAMLNode
  var value: YAMLNode
}
