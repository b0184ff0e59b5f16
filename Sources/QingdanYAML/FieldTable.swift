/// A mapping's fields by name, in document order, for readers of mappings (QingdanCore's FieldReader). Catalog
/// mappings have a few dozen fields at most, where comparing key signatures in a linear scan beats hashing every key;
/// a hostile mapping with thousands of keys gets an index. Here, beside the signatures, so that the scans that find
/// every field of every item stay inside one module.
package struct FieldTable {
  package struct Field {
    var signature: KeySignature
    package var pair: YAMLPair
  }

  package private(set) var fields: [Field] = []
  private var index: [String: Int]?
  private static let indexThreshold = 32

  package init(capacity: Int) {
    fields.reserveCapacity(capacity)
  }

  package subscript(name: String) -> YAMLPair? {
    if let index { return index[name].map { fields[$0].pair } }
    let signature = KeySignature(name)
    for field in fields where field.signature == signature {
      if signature.isComplete || field.pair.key.isScalar(name) { return field.pair }
    }
    return nil
  }

  /// The field whose key is the same scalar as `key`.
  package subscript(key: YAMLNode) -> YAMLPair? {
    guard let index else {
      let signature = key.signature
      return fields.first { $0.signature == signature && $0.pair.key.sameScalar(as: key) }?.pair
    }
    return key.scalarText.flatMap { index[$0] }.map { fields[$0].pair }
  }

  package mutating func append(_ pair: YAMLPair) {
    fields.append(Field(signature: pair.key.signature, pair: pair))
    if index != nil {
      index![pair.key.scalarText ?? ""] = fields.count - 1
    } else if fields.count > Self.indexThreshold {
      index = Dictionary(
        fields.enumerated().map { ($0.element.pair.key.scalarText ?? "", $0.offset) },
        uniquingKeysWith: { first, _ in first })
    }
  }
}

/// The field names a mapping may have, with their signatures worked out once.
package struct FieldNames: ExpressibleByArrayLiteral, Sendable {
  package let names: [String]
  private let signatures: [KeySignature]

  package init(_ names: [String]) {
    self.names = names
    signatures = names.map(KeySignature.init)
  }

  package init(arrayLiteral names: String...) {
    self.init(names)
  }

  package static func + (lhs: FieldNames, rhs: FieldNames) -> FieldNames { FieldNames(lhs.names + rhs.names) }

  package func contains(_ field: FieldTable.Field) -> Bool {
    for (offset, signature) in signatures.enumerated() where signature == field.signature {
      if signature.isComplete || field.pair.key.isScalar(names[offset]) { return true }
    }
    return false
  }
}
