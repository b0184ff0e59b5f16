/// What a catalog field is, said once: its YAML key, its type, whether it is required, its Chinese label, the
/// explanation editors show on hover, and the column headers published workbooks use for it. The loader, the JSON
/// Schema, diff, diagnostics and every publication read this description (see `ItemField` for how an item's
/// field is read, compared and shown).
public struct FieldInfo: Sendable {
  /// The YAML key, e.g. `proxy_days`.
  public let key: String
  /// The one Chinese name of the field, wherever it is shown: `代办办结天数`.
  public let label: String
  /// What to write, shown as the schema's hover text.
  public let explanation: String
  public let type: FieldType
  public let required: Bool
  /// Column headers published workbooks use for this field, best first (事项名称, 职权名称, …).
  public let headers: [String]
  /// The fields of a mapping value (`time_limit.committed`, …); empty for other values.
  public let children: [FieldInfo]

  init(
    _ key: String, _ label: String, _ explanation: String, _ type: FieldType, required: Bool = false,
    headers: [String] = [], children: [FieldInfo] = []
  ) {
    self.key = key
    self.label = label
    self.explanation = explanation
    self.type = type
    self.required = required
    self.headers = headers.isEmpty ? [label] : headers
    self.children = children
  }

  /// The field or nested field at a dotted path (`time_limit.committed`).
  public func field(at path: Substring) -> FieldInfo? {
    guard let dot = path.firstIndex(of: ".") else { return children.first { $0.key == path } }
    let head = path[..<dot]
    return children.first { $0.key == head }?.field(at: path[path.index(after: dot)...])
  }
}

/// The kind of value a field holds, as the JSON Schema describes it.
public enum FieldType: Sendable, Equatable {
  /// One line or paragraph of text.
  case text
  /// Text, or a list of lines joined as one text.
  case prose
  /// An id: lower-case letters, digits and `-`.
  case slug
  /// A list of texts.
  case texts
  /// A whole number of at least 0.
  case count
  case bool
  /// `YYYY-MM-DD`.
  case date
  /// An item code.
  case itemCode
  /// `all` or a list of township ids.
  case townships
  case legalBasis
  /// A list of legal bases.
  case legalBases
  /// One of the given terms.
  case choice([String])
  /// A mapping of the field's `children`.
  case object
  /// A mapping described by a shared schema definition (`approval`), whose fields are the field's `children`.
  case definition(String)
  /// A mapping of any headers to texts (`extra`).
  case textMap
}

/// One list of a catalog, described: its YAML section, its title and its fields in the order the guide shows them.
public struct ListDeclaration: Sendable {
  /// The YAML section, e.g. `village_matters`.
  public let section: String
  /// What one item is called, e.g. `委托村(居)承办事项`.
  public let noun: String
  public let fields: [FieldInfo]
  /// The key of the field the handbook groups items by (category, domain, kind).
  public let groupKey: String

  /// The field or nested field at a dotted path.
  public func field(_ path: String) -> FieldInfo? {
    FieldInfo("", "", "", .object, children: fields).field(at: Substring(path))
  }

  /// The field whose usual workbook headers include `header` (spaces and line breaks ignored).
  public func field(forHeader header: String) -> FieldInfo? {
    let wanted = header.filter { !$0.isWhitespace }
    func search(_ fields: [FieldInfo]) -> FieldInfo? {
      for field in fields {
        if field.headers.contains(wanted) { return field }
        if let found = search(field.children) { return found }
      }
      return nil
    }
    return search(fields)
  }
}
