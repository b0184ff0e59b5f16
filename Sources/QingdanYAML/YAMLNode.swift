/// One parsed YAML document, stored flat: a record per node, one byte buffer for every scalar's text and one list
/// of child indices, instead of an array per mapping and a `String` per scalar. A province-scale catalog has
/// millions of nodes; most keys are only ever compared, and most values become `String`s once, in the model.
///
/// Aliases add their anchor's index again, so an aliased node is stored once however often it is used.
///
/// The tree owns its buffers; nodes read them through a plain pointer (`YAMLBuffers`). Reading an array held by a
/// class, or calling a method on a class through a node, retains and releases around each access, and nodes are read
/// millions of times per catalog: reference counting was a third of `check`'s time on two cores.
package final class YAMLTree {
  typealias Record = YAMLBuffers.Record

  let buffers: UnsafePointer<YAMLBuffers>

  /// Takes ownership of the three buffers (allocated by `GrowingBuffer`), which it deallocates.
  init(records: UnsafeBufferPointer<Record>, text: UnsafeBufferPointer<UInt8>, children: UnsafeBufferPointer<Int32>) {
    let buffers = UnsafeMutablePointer<YAMLBuffers>.allocate(capacity: 1)
    buffers.initialize(to: YAMLBuffers(records: records, text: text, children: children))
    self.buffers = UnsafePointer(buffers)
  }

  deinit {
    buffers.pointee.records.deallocate()
    buffers.pointee.text.deallocate()
    buffers.pointee.children.deallocate()
    buffers.deallocate()
  }

  func node(_ index: Int32) -> YAMLNode { YAMLNode(tree: buffers, index: index) }
}

/// A `YAMLTree`'s buffers, valid while the tree is alive.
@usableFromInline
package struct YAMLBuffers {
  @usableFromInline
  struct Record: BitwiseCopyable {
    @usableFromInline
    enum Kind: UInt8, BitwiseCopyable {
      case plainScalar, otherScalar, mapping, sequence
    }

    @usableFromInline var kind: Kind
    @usableFromInline var line: Int32
    @usableFromInline var column: Int32
    /// Scalars: the first byte in `text`. Collections: the first entry in `children` (mappings: key, value, …).
    @usableFromInline var start: Int32
    /// Scalars: bytes. Collections: entries in `children`.
    @usableFromInline var count: Int32
  }

  @usableFromInline let records: UnsafeBufferPointer<Record>
  @usableFromInline let text: UnsafeBufferPointer<UInt8>
  @usableFromInline let children: UnsafeBufferPointer<Int32>

  /// Whether scalar `index` is exactly `name`, compared as bytes, without making a `String`.
  @inlinable
  func scalar(_ index: Int32, equals name: String) -> Bool {
    let record = records[Int(index)]
    guard record.kind == .plainScalar || record.kind == .otherScalar else { return false }
    var name = name
    return name.withUTF8 { expected in
      guard expected.count == Int(record.count) else { return false }
      let start = Int(record.start)
      for offset in 0..<expected.count where text[start + offset] != expected[offset] { return false }
      return true
    }
  }

  /// Whether scalars `first` and `second` have the same text.
  @inlinable
  func scalar(_ first: Int32, equals second: Int32) -> Bool {
    let (a, b) = (records[Int(first)], records[Int(second)])
    guard a.kind == .plainScalar || a.kind == .otherScalar, b.kind == .plainScalar || b.kind == .otherScalar,
      a.count == b.count
    else { return false }
    for offset in 0..<Int(a.count) where text[Int(a.start) + offset] != text[Int(b.start) + offset] {
      return false
    }
    return true
  }

  /// The signature of scalar `index`'s text (of nothing, for a collection).
  @inlinable
  func signature(_ index: Int32) -> KeySignature {
    let record = records[Int(index)]
    guard record.kind == .plainScalar || record.kind == .otherScalar else {
      return KeySignature(UnsafeBufferPointer(start: nil, count: 0))
    }
    return KeySignature(bytes(record))
  }

  @inlinable
  func bytes(_ record: Record) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: text[Int(record.start)..<Int(record.start + record.count)])
  }

  @inlinable
  func string(_ record: Record) -> String { String(decoding: bytes(record), as: UTF8.self) }
}

/// A node of one parsed YAML document, with the position where its value starts.
///
/// This type never leaves the loader: `CatalogDecoder` turns nodes into the model while the file's `YAMLTree` is
/// alive. The tree is referenced without counting (nodes are copied millions of times); `CatalogFileParser`'s
/// result keeps it alive for as long as its nodes are used.
@usableFromInline
package struct YAMLNode {
  @usableFromInline
  package enum Kind {
    /// `plain` is false for quoted and block scalars and for scalars tagged `!!str`.
    case scalar(String, plain: Bool)
    case mapping(YAMLPairs)
    case sequence(YAMLItems)
  }

  /// The tree's buffers, not counted: `CatalogFileParser`'s result keeps the tree alive while its nodes are used.
  @usableFromInline let tree: UnsafePointer<YAMLBuffers>
  @usableFromInline let index: Int32

  @inlinable
  init(tree: UnsafePointer<YAMLBuffers>, index: Int32) {
    self.tree = tree
    self.index = index
  }

  // The accessors are inlinable: QingdanCore's decoder calls them for every key and value of a catalog.

  @inlinable
  var record: YAMLBuffers.Record { tree.pointee.records[Int(index)] }

  @inlinable
  package var kind: Kind {
    let record = self.record
    switch record.kind {
    case .plainScalar: return .scalar(tree.pointee.string(record), plain: true)
    case .otherScalar: return .scalar(tree.pointee.string(record), plain: false)
    case .mapping: return .mapping(YAMLPairs(tree: tree, start: Int(record.start), count: Int(record.count) / 2))
    case .sequence: return .sequence(YAMLItems(tree: tree, start: Int(record.start), count: Int(record.count)))
    }
  }

  /// 1-based line.
  @inlinable package var line: Int { Int(record.line) }
  /// 1-based column, counted in Unicode characters.
  @inlinable package var column: Int { Int(record.column) }

  @inlinable package var isScalarNode: Bool { record.kind == .plainScalar || record.kind == .otherScalar }
  @inlinable var isMapping: Bool { record.kind == .mapping }
  @inlinable var isSequence: Bool { record.kind == .sequence }

  /// A plain scalar YAML 1.2's core schema reads as null (`~`, `null`, or nothing at all).
  @inlinable
  package var isNull: Bool {
    let record = self.record
    guard record.kind == .plainScalar else { return false }
    if record.count == 0 { return true }
    switch record.count {
    case 1: return tree.pointee.text[Int(record.start)] == UInt8(ascii: "~")
    case 4: return isScalar("null") || isScalar("Null") || isScalar("NULL")
    default: return false
    }
  }

  @inlinable
  package var scalarText: String? {
    let record = self.record
    switch record.kind {
    case .plainScalar, .otherScalar: return tree.pointee.string(record)
    case .mapping, .sequence: return nil
    }
  }

  /// Whether this is the scalar `name`, without making a `String` of it.
  @inlinable package func isScalar(_ name: String) -> Bool { tree.pointee.scalar(index, equals: name) }

  /// Whether this and `other`, of the same document, are scalars with the same text.
  @inlinable package func sameScalar(as other: YAMLNode) -> Bool { tree.pointee.scalar(index, equals: other.index) }

  /// The signature of this scalar's text (of nothing, for a collection).
  @inlinable package var signature: KeySignature { tree.pointee.signature(index) }

  /// The Chinese name of the node's kind, for messages.
  package var kindName: String {
    switch record.kind {
    case .plainScalar, .otherScalar: return isNull ? "空值" : "标量"
    case .mapping: return "映射"
    case .sequence: return "列表"
    }
  }
}

@usableFromInline
package struct YAMLPair {
  @usableFromInline package var key: YAMLNode
  @usableFromInline package var value: YAMLNode

  @inlinable
  init(key: YAMLNode, value: YAMLNode) {
    self.key = key
    self.value = value
  }
}

/// A mapping's pairs, in document order.
@usableFromInline
package struct YAMLPairs: RandomAccessCollection {
  @usableFromInline let tree: UnsafePointer<YAMLBuffers>
  @usableFromInline let start: Int
  @usableFromInline package let count: Int

  @inlinable
  init(tree: UnsafePointer<YAMLBuffers>, start: Int, count: Int) {
    self.tree = tree
    self.start = start
    self.count = count
  }

  @inlinable package var startIndex: Int { 0 }
  @inlinable package var endIndex: Int { count }

  @inlinable
  package subscript(position: Int) -> YAMLPair {
    let key = tree.pointee.children[start + 2 * position]
    let value = tree.pointee.children[start + 2 * position + 1]
    return YAMLPair(key: YAMLNode(tree: tree, index: key), value: YAMLNode(tree: tree, index: value))
  }
}

/// A sequence's items, in document order.
@usableFromInline
package struct YAMLItems: RandomAccessCollection {
  @usableFromInline let tree: UnsafePointer<YAMLBuffers>
  @usableFromInline let start: Int
  @usableFromInline package let count: Int

  @inlinable
  init(tree: UnsafePointer<YAMLBuffers>, start: Int, count: Int) {
    self.tree = tree
    self.start = start
    self.count = count
  }

  @inlinable package var startIndex: Int { 0 }
  @inlinable package var endIndex: Int { count }

  @inlinable
  package subscript(position: Int) -> YAMLNode { YAMLNode(tree: tree, index: tree.pointee.children[start + position]) }
}
