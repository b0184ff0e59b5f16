/// One parsed YAML document, stored flat: a record per node, one byte buffer for every scalar's text and one list
/// of child indices, instead of an array per mapping and a `String` per scalar. A province-scale catalog has
/// millions of nodes; most keys are only ever compared, and most values become `String`s once, in the model.
///
/// Aliases add their anchor's index again, so an aliased node is stored once however often it is used.
final class YAMLTree {
  struct Record {
    enum Kind: UInt8 {
      case plainScalar, otherScalar, mapping, sequence
    }

    var kind: Kind
    var line: Int32
    var column: Int32
    /// Scalars: the first byte in `text`. Collections: the first entry in `children` (mappings: key, value, …).
    var start: Int32
    /// Scalars: bytes. Collections: entries in `children`.
    var count: Int32
  }

  let records: [Record]
  let text: [UInt8]
  let children: [Int32]

  init(records: [Record], text: [UInt8], children: [Int32]) {
    self.records = records
    self.text = text
    self.children = children
  }

  func node(_ index: Int32) -> YAMLNode { YAMLNode(tree: self, index: index) }

  /// Whether scalar `index` is exactly `name`, compared as bytes, without making a `String`.
  func scalar(_ index: Int32, equals name: String) -> Bool {
    let record = records[Int(index)]
    guard record.kind == .plainScalar || record.kind == .otherScalar else { return false }
    var name = name
    return name.withUTF8 { expected in
      guard expected.count == Int(record.count) else { return false }
      return text.withUnsafeBufferPointer { bytes in
        let start = Int(record.start)
        for offset in 0..<expected.count where bytes[start + offset] != expected[offset] { return false }
        return true
      }
    }
  }

  /// Whether scalars `first` and `second` have the same text.
  func scalar(_ first: Int32, equals second: Int32) -> Bool {
    let (a, b) = (records[Int(first)], records[Int(second)])
    guard a.kind == .plainScalar || a.kind == .otherScalar, b.kind == .plainScalar || b.kind == .otherScalar,
      a.count == b.count
    else { return false }
    return text.withUnsafeBufferPointer { bytes in
      for offset in 0..<Int(a.count) where bytes[Int(a.start) + offset] != bytes[Int(b.start) + offset] {
        return false
      }
      return true
    }
  }

  /// The signature of scalar `index`'s text (of nothing, for a collection).
  func signature(_ index: Int32) -> KeySignature {
    let record = records[Int(index)]
    guard record.kind == .plainScalar || record.kind == .otherScalar else {
      return KeySignature(UnsafeBufferPointer(start: nil, count: 0))
    }
    return text.withUnsafeBufferPointer { bytes in
      KeySignature(UnsafeBufferPointer(rebasing: bytes[Int(record.start)..<Int(record.start + record.count)]))
    }
  }

  func string(_ record: Record) -> String {
    text.withUnsafeBufferPointer { bytes in
      String(
        decoding: UnsafeBufferPointer(rebasing: bytes[Int(record.start)..<Int(record.start + record.count)]),
        as: UTF8.self)
    }
  }
}

/// A node of one parsed YAML document, with the position where its value starts.
///
/// This type never leaves the loader: `CatalogDecoder` turns nodes into the model while the file's `YAMLTree` is
/// alive. The tree is referenced without counting (nodes are copied millions of times); `CatalogFileParser`'s
/// result keeps it alive for as long as its nodes are used.
struct YAMLNode {
  enum Kind {
    /// `plain` is false for quoted and block scalars and for scalars tagged `!!str`.
    case scalar(String, plain: Bool)
    case mapping(YAMLPairs)
    case sequence(YAMLItems)
  }

  unowned(unsafe) let tree: YAMLTree
  let index: Int32

  private var record: YAMLTree.Record { tree.records[Int(index)] }

  var kind: Kind {
    let record = self.record
    switch record.kind {
    case .plainScalar: return .scalar(tree.string(record), plain: true)
    case .otherScalar: return .scalar(tree.string(record), plain: false)
    case .mapping: return .mapping(YAMLPairs(tree: tree, start: Int(record.start), count: Int(record.count) / 2))
    case .sequence: return .sequence(YAMLItems(tree: tree, start: Int(record.start), count: Int(record.count)))
    }
  }

  /// 1-based line.
  var line: Int { Int(record.line) }
  /// 1-based column, counted in Unicode characters.
  var column: Int { Int(record.column) }

  var isScalarNode: Bool { record.kind == .plainScalar || record.kind == .otherScalar }
  var isMapping: Bool { record.kind == .mapping }
  var isSequence: Bool { record.kind == .sequence }

  /// A plain scalar YAML 1.2's core schema reads as null (`~`, `null`, or nothing at all).
  var isNull: Bool {
    let record = self.record
    guard record.kind == .plainScalar else { return false }
    if record.count == 0 { return true }
    guard record.count <= 4 else { return false }
    let text = tree.string(record)
    return text == "~" || text == "null" || text == "Null" || text == "NULL"
  }

  var scalarText: String? {
    let record = self.record
    switch record.kind {
    case .plainScalar, .otherScalar: return tree.string(record)
    case .mapping, .sequence: return nil
    }
  }

  /// Whether this is the scalar `name`, without making a `String` of it.
  func isScalar(_ name: String) -> Bool { tree.scalar(index, equals: name) }

  /// Whether this and `other`, of the same document, are scalars with the same text.
  func sameScalar(as other: YAMLNode) -> Bool { tree.scalar(index, equals: other.index) }

  /// The Chinese name of the node's kind, for messages.
  var kindName: String {
    switch record.kind {
    case .plainScalar, .otherScalar: return isNull ? "空值" : "标量"
    case .mapping: return "映射"
    case .sequence: return "列表"
    }
  }
}

struct YAMLPair {
  var key: YAMLNode
  var value: YAMLNode
}

/// A mapping's pairs, in document order.
struct YAMLPairs: RandomAccessCollection {
  unowned(unsafe) let tree: YAMLTree
  let start: Int
  let count: Int

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(position: Int) -> YAMLPair {
    let key = tree.children[start + 2 * position]
    let value = tree.children[start + 2 * position + 1]
    return YAMLPair(key: tree.node(key), value: tree.node(value))
  }
}

/// A sequence's items, in document order.
struct YAMLItems: RandomAccessCollection {
  unowned(unsafe) let tree: YAMLTree
  let start: Int
  let count: Int

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(position: Int) -> YAMLNode { tree.node(tree.children[start + position]) }
}
