import QingdanYAML

/// One field of a list's items, declared once: what it is (`info`), how the loader reads it, how diff compares it,
/// and the columns it fills in `catalog.csv` (those the guide shows are the item's facts, in declaration order).
struct ItemField<Fields: Sendable>: Sendable {
  typealias Values = [(String, String?)]

  let info: FieldInfo
  /// Reads the field from the item's mapping into `fields`, reporting what is wrong. Code and name are read
  /// before the others, when the item is opened, so theirs does nothing.
  let read: @Sendable (FieldReader, inout Fields) -> Void
  /// The field's values as flat, comparable text by dotted key, appended in order. Code, name and townships
  /// append nothing: diff matches items by them.
  let compare: @Sendable (Fields, inout Values) -> Void
  let columns: [ItemColumn<Fields>]

  init(
    _ info: FieldInfo, read: @escaping @Sendable (FieldReader, inout Fields) -> Void,
    compare: @escaping @Sendable (Fields, inout Values) -> Void, columns: [ItemColumn<Fields>]
  ) {
    self.info = info
    self.read = read
    self.compare = compare
    self.columns = columns
  }

  /// A field of one value at `path`: `read` reads it from the mapping, `text` makes its comparable text, and its
  /// column shows `show` of it (the text by default).
  init<Value>(
    _ info: FieldInfo, _ path: WritableKeyPath<Fields, Value> & Sendable,
    read: @escaping @Sendable (FieldReader, String, Bool) -> Value,
    text: @escaping @Sendable (Value) -> String?,
    show: (@Sendable (Value, Fields, Wording) -> FactValue?)? = nil
  ) {
    let key = info.key
    let required = info.required
    let access = FieldAccess(path)
    let shown: @Sendable (Fields, Wording) -> FactValue? =
      if let show { { fields, wording in show(access.get(fields), fields, wording) } } else {
        { fields, _ in text(access.get(fields)).map(FactValue.text) }
      }
    self.init(
      info, read: { reader, fields in access.set(read(reader, key, required), in: &fields) },
      compare: { fields, values in values.append((key, text(access.get(fields)))) },
      columns: [ItemColumn(key: key, label: info.label, inGuide: true, value: shown)])
  }

  /// The field with its columns kept out of the guide (still in the table).
  func tableOnly() -> Self {
    Self(
      info, read: read, compare: compare,
      columns: columns.map { ItemColumn(key: $0.key, label: $0.label, inGuide: false, value: $0.value) })
  }

  /// The field with its columns shown by `show`.
  func shown(_ show: @escaping @Sendable (Fields, Wording) -> FactValue?) -> Self {
    Self(
      info, read: read, compare: compare,
      columns: [ItemColumn(key: info.key, label: info.label, inGuide: true, value: show)])
  }
}

/// A column of `catalog.csv` and, where `inGuide`, a fact the guide and handbooks show.
package struct ItemColumn<Fields>: Sendable {
  /// The dotted field name, e.g. `time_limit.committed`.
  package let key: String
  package let label: String
  package let inGuide: Bool
  package let value: @Sendable (Fields, Wording) -> FactValue?

  /// This column of a nested value, reached through `path`.
  func lifted<Parent>(_ path: KeyPath<Parent, Fields?> & Sendable, prefix: String) -> ItemColumn<Parent> {
    let value = self.value
    return ItemColumn<Parent>(
      key: prefix + key, label: label, inGuide: inGuide,
      value: { parent, wording in parent[keyPath: path].flatMap { value($0, wording) } })
  }
}

// Fields of the common kinds.
extension ItemField {
  static func text(
    _ key: String, _ label: String, _ explanation: String, _ path: WritableKeyPath<Fields, String?> & Sendable,
    required: Bool = false, headers: [String] = []
  ) -> Self {
    Self(
      FieldInfo(key, label, explanation, .text, required: required, headers: headers), path,
      read: { $0.text($1, required: $2) }, text: { $0 })
  }

  static func prose(
    _ key: String, _ label: String, _ explanation: String, _ path: WritableKeyPath<Fields, String?> & Sendable,
    headers: [String] = []
  ) -> Self {
    Self(
      FieldInfo(key, label, explanation, .prose, headers: headers), path, read: { reader, key, _ in reader.prose(key) },
      text: { $0 })
  }

  static func slug(
    _ key: String, _ label: String, _ explanation: String, _ path: WritableKeyPath<Fields, String?> & Sendable,
    headers: [String] = []
  ) -> Self {
    Self(
      FieldInfo(key, label, explanation, .slug, headers: headers), path, read: { $0.slug($1, required: $2) },
      text: { $0 })
  }

  /// A list of texts; an empty list is the same as none.
  static func texts(
    _ key: String, _ label: String, _ explanation: String, _ path: WritableKeyPath<Fields, [String]> & Sendable,
    headers: [String] = []
  ) -> Self {
    Self(
      FieldInfo(key, label, explanation, .texts, headers: headers), path,
      read: { reader, key, _ in reader.textList(key) ?? [] }, text: joined,
      show: { values, _, _ in values.isEmpty ? nil : .list(values) })
  }

  static func count(
    _ key: String, _ label: String, _ explanation: String, _ path: WritableKeyPath<Fields, Int?> & Sendable,
    headers: [String] = []
  ) -> Self {
    Self(
      FieldInfo(key, label, explanation, .count, headers: headers), path, read: { reader, key, _ in reader.int(key) },
      text: { $0.map(String.init) })
  }

  static func bool(
    _ key: String, _ label: String, _ explanation: String, _ path: WritableKeyPath<Fields, Bool?> & Sendable,
    headers: [String] = []
  ) -> Self {
    Self(
      FieldInfo(key, label, explanation, .bool, headers: headers), path, read: { reader, key, _ in reader.bool(key) },
      text: { $0.map { $0 ? "true" : "false" } }, show: { value, _, _ in value.map { .text($0 ? "是" : "否") } })
  }

  static func date(
    _ key: String, _ label: String, _ explanation: String, _ path: WritableKeyPath<Fields, CalendarDate?> & Sendable,
    headers: [String] = []
  ) -> Self {
    Self(
      FieldInfo(key, label, explanation, .date, headers: headers), path, read: { $0.date($1, required: $2) },
      text: { $0?.description })
  }

  static func choice<Value: RawRepresentable & CaseIterable & Sendable>(
    _ key: String, _ label: String, _ explanation: String, _ path: WritableKeyPath<Fields, Value?> & Sendable,
    required: Bool = false, headers: [String] = []
  ) -> Self where Value.RawValue == String {
    Self(
      FieldInfo(
        key, label, explanation, .choice(Value.allCases.map(\.rawValue)), required: required, headers: headers),
      path, read: { $0.choice($1, required: $2) }, text: { $0?.rawValue })
  }

  static func basis(
    _ key: String, _ label: String, _ explanation: String, _ path: WritableKeyPath<Fields, [LegalBasis]> & Sendable,
    headers: [String] = []
  ) -> Self {
    Self(
      FieldInfo(key, label, explanation, .legalBases, headers: headers), path,
      read: { reader, key, _ in reader.legalBases(key) }, text: { joined($0.map(\.description)) },
      show: { values, _, _ in values.isEmpty ? nil : .list(values.map(\.description)) })
  }

  static func legalBasis(
    _ key: String, _ label: String, _ explanation: String, _ path: WritableKeyPath<Fields, LegalBasis?> & Sendable,
    headers: [String] = []
  ) -> Self {
    Self(
      FieldInfo(key, label, explanation, .legalBasis, headers: headers), path,
      read: { reader, key, _ in reader.value(key).flatMap { reader.legalBasis($0, key: key) } },
      text: { $0?.description })
  }

  /// A mapping of its own fields, read into a `Value` that starts `empty`; its columns are its fields' columns,
  /// each named `key.field`, and its comparable values theirs.
  static func object<Value: Sendable>(
    _ key: String, _ label: String, _ explanation: String, _ path: WritableKeyPath<Fields, Value?> & Sendable,
    empty: Value,
    definition: String? = nil, headers: [String] = [], _ fields: [ItemField<Value>]
  ) -> Self {
    let allowed = FieldNames(fields.map(\.info.key))
    let readers = fields.map(\.read)
    let comparers = fields.map(\.compare)
    let prefix = key + "."
    let access = FieldAccess(path)
    return Self(
      FieldInfo(
        key, label, explanation, definition.map(FieldType.definition) ?? .object, headers: headers,
        children: fields.map(\.info)),
      read: { reader, parent in
        guard let nested = reader.nested(key, what: "“\(key)”") else { return }
        nested.rejectUnknown(allowed: allowed)
        var value = empty
        for read in readers { read(nested, &value) }
        access.set(value, in: &parent)
      },
      compare: { parent, values in
        let start = values.count
        if let value = access.get(parent) {
          for compare in comparers { compare(value, &values) }
        } else {
          for compare in comparers { compare(empty, &values) }
        }
        for index in start..<values.count { values[index].0 = prefix + values[index].0 }
      },
      columns: fields.flatMap { $0.columns.map { $0.lifted(path, prefix: prefix) } })
  }

  /// This field's columns followed by one that shows the whole value as `label`.
  func summarised(_ show: @escaping @Sendable (Fields, Wording) -> FactValue?) -> Self {
    Self(
      info, read: read, compare: compare,
      columns: columns + [ItemColumn(key: info.key, label: info.label, inGuide: true, value: show)])
  }

  /// Only the summary column.
  func summarisedOnly(_ show: @escaping @Sendable (Fields, Wording) -> FactValue?) -> Self {
    Self(
      info, read: read, compare: compare,
      columns: [ItemColumn(key: info.key, label: info.label, inGuide: true, value: show)])
  }
}

/// Several values as one comparable text; none is nil.
private func joined(_ values: [String]) -> String? {
  values.isEmpty ? nil : values.joined(separator: "；")
}

/// Reads and writes one stored property of an item's fields, as `root[keyPath: path]` does, but through the
/// property's offset (`MemoryLayout.offset(of:)`) rather than the key path's walk at run time, which took a tenth
/// of loading and comparing a province's catalog. A property without a fixed offset goes through the key path.
struct FieldAccess<Root, Value>: Sendable {
  private let path: WritableKeyPath<Root, Value> & Sendable
  private let offset: Int?

  init(_ path: WritableKeyPath<Root, Value> & Sendable) {
    self.path = path
    offset = MemoryLayout<Root>.offset(of: path)
  }

  func get(_ root: Root) -> Value {
    guard let offset else { return root[keyPath: path] }
    return withUnsafeBytes(of: root) { bytes in
      bytes.baseAddress!.advanced(by: offset).assumingMemoryBound(to: Value.self).pointee
    }
  }

  func set(_ value: Value, in root: inout Root) {
    guard let offset else {
      root[keyPath: path] = value
      return
    }
    withUnsafeMutableBytes(of: &root) { bytes in
      (bytes.baseAddress! + offset).assumingMemoryBound(to: Value.self).pointee = value
    }
  }
}
