import QingdanYAML

/// Reads the fields of one YAML mapping into typed values, reporting every problem as a `schema` finding:
/// a value of the wrong type, a missing required field, an unknown field (with a suggestion), a duplicate key.
///
/// A value that is present but wrong is reported and then treated as absent, so that rules see a half-filled
/// item rather than a crash, and the user gets one precise message per problem.
final class FieldReader {
  let collector: SchemaCollector
  let node: YAMLNode
  var subject: Subject
  /// Prefix for nested field names in `locations`, e.g. `time_limit.`.
  private let prefix: String
  /// Built once, here, and only read afterwards (a `let`, so reading it needs no exclusivity check).
  private let entries: FieldTable
  private(set) var locations: [FieldLocations.Field] = []
  private let parent: FieldReader?
  /// The fields this mapping may have, once known: a key outside them that looks like a missing required field
  /// (`nmae` for `name`) is reported once, as a misspelling, and not again as the missing field.
  var declared: FieldNames?

  /// Returns nil, after reporting, when `node` is not a mapping.
  init?(
    _ node: YAMLNode, collector: SchemaCollector, subject: Subject, what: @autoclosure () -> String,
    prefix: String = "", parent: FieldReader? = nil
  ) {
    self.collector = collector
    self.node = node
    self.subject = subject
    self.prefix = prefix
    self.parent = parent
    guard case .mapping(let pairs) = node.kind else {
      collector.report(
        subject.prefixed("\(what())应为映射（“字段: 值”的形式），实际是\(node.kindName)"), at: node,
        code: subject.code, township: subject.township)
      return nil
    }
    let report = { (message: String, key: YAMLNode) in
      collector.report(subject.prefixed(message), at: key, code: subject.code, township: subject.township)
    }
    var entries = FieldTable(capacity: pairs.count)
    var merged: [YAMLPair] = []
    for pair in pairs {
      let key = pair.key
      guard key.isScalarNode, !key.isNull || !key.isScalar("") else {
        report("字段名应为文本，实际是\(key.kindName)", key)
        continue
      }
      if key.isScalar("<<") {
        Self.merge(pair.value, into: &merged) { report("合并键“<<”的值应为映射或映射的列表（如 <<: *默认值），实际是\($0.kindName)", $0) }
        continue
      }
      if let first = entries[key] {
        report("重复的字段“\(key.scalarText ?? "")”（第一次出现在第 \(first.key.line) 行）；同一映射中的字段不能重复", key)
        continue
      }
      entries.append(pair)
    }
    // YAML's merge keys, as ruamel.yaml and editors read them: a field written here wins over a merged one, and an
    // earlier merged mapping over a later one.
    for pair in merged where pair.key.isScalarNode && entries[pair.key] == nil {
      entries.append(pair)
    }
    self.entries = entries
    locations.reserveCapacity(pairs.count + 4)
  }

  var entity: SourceLocation { collector.location(of: node) }

  /// The pairs `value` of a merge key brings (a mapping, or a list of them, merged in turn), in priority order.
  private static func merge(_ value: YAMLNode, into merged: inout [YAMLPair], wrong: (YAMLNode) -> Void) {
    switch value.kind {
    case .mapping(let pairs):
      var own: [YAMLPair] = []
      var nested: [YAMLPair] = []
      for pair in pairs {
        if pair.key.isScalar("<<") { merge(pair.value, into: &nested, wrong: wrong) } else { own.append(pair) }
      }
      merged += own + nested
    case .sequence(let items):
      for item in items {
        guard case .mapping = item.kind else {
          wrong(item)
          continue
        }
        merge(item, into: &merged, wrong: wrong)
      }
    case .scalar: wrong(value)
    }
  }

  func report(_ message: String, at node: YAMLNode) {
    collector.report(subject.prefixed(message), at: node, code: subject.code, township: subject.township)
    // A field's value that is present but wrong: rules see the field unset, and must not report it again.
    if entries.fields.contains(where: { $0.pair.value.line == node.line && $0.pair.value.column == node.column }) {
      collector.invalidValues.insert(collector.location(of: node))
    }
  }

  /// Reports every field not in `allowed`, suggesting the closest allowed name. Fields in `alsoKnown` are not
  /// reported here (another check speaks of them) and not suggested.
  func rejectUnknown(allowed: FieldNames, alsoKnown: FieldNames = []) {
    declared = allowed + alsoKnown
    // Fields in document order; a handful of short names, so a linear scan beats hashing.
    for field in entries.fields where !allowed.contains(field) && !alsoKnown.contains(field) {
      let name = field.pair.key.scalarText ?? ""
      var message = "未定义的字段“\(name)”"
      if let suggestion = Suggestion.closest(to: name, among: allowed.names) {
        message += "，是否应为“\(suggestion)”？"
      } else {
        message += "；此处可用的字段：\(allowed.names.joined(separator: "、"))"
      }
      report(message, at: field.pair.key)
    }
  }

  /// The value node of `key`, nil when absent or null. Records the value's location.
  func value(_ key: String, required: Bool = false) -> YAMLNode? {
    guard let pair = entries[key] else {
      if required && !isMisspelt(key) { report("缺少必填字段“\(key)”", at: node) }
      return nil
    }
    if pair.value.isNull {
      reportEmpty(key, required: required, at: pair.value)
      return nil
    }
    record(key, pair.value)
    return pair.value
  }

  /// Whether an undeclared key of this mapping is `key` misspelt, which `rejectUnknown` reports with `key` as its
  /// suggestion.
  private func isMisspelt(_ key: String) -> Bool {
    guard let declared else { return false }
    return entries.fields.contains { field in
      guard !declared.contains(field), let name = field.pair.key.scalarText else { return false }
      return Suggestion.closest(to: name, among: declared.names) == key
    }
  }

  /// An empty value (`~`, `null`, `""` or nothing) is not the same as leaving the field out: JSON Schema rejects
  /// it, and it is usually a field someone meant to fill.
  func reportEmpty(_ key: String, required: Bool, at node: YAMLNode) {
    report(
      required
        ? "必填字段“\(key)”没有填写内容"
        : "字段“\(key)”没有填写内容；请填写，或者删去这一行", at: node)
  }

  /// The mapping's pairs after merge keys and without duplicates, in document order (merged ones last).
  var pairs: [YAMLPair] { entries.fields.map(\.pair) }

  /// The value node of `key` as written, null included, without recording anything.
  func valueNodeIfPresent(_ key: String) -> YAMLNode? {
    entries[key]?.value
  }

  /// The key node of `key` as written.
  func keyNode(_ key: String) -> YAMLNode? {
    entries[key]?.key
  }

  func record(_ key: String, _ value: YAMLNode) {
    let position = FieldLocations.Position(line: Int32(clamping: value.line), column: Int32(clamping: value.column))
    store(prefix.isEmpty ? key : prefix + key, position)
  }

  /// Nested readers' prefixes are absolute, so a full key is stored as is all the way up.
  private func store(_ fullKey: String, _ position: FieldLocations.Position) {
    locations.append(FieldLocations.Field(name: fullKey, position: position))
    parent?.store(fullKey, position)
  }

  var fieldLocations: FieldLocations { FieldLocations(entity: entity, positions: locations) }

  /// A nested mapping's reader, whose field locations are recorded here too, dotted.
  func nested(_ key: String, what: @autoclosure () -> String) -> FieldReader? {
    guard let value = value(key) else { return nil }
    return FieldReader(
      value, collector: collector, subject: subject, what: what(), prefix: prefix + key + ".", parent: self)
  }
}
