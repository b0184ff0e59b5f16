/// Builds a `YAMLTree` node by node, for both parsers (`YAMLParser` over libyaml's events, `FastBlockParser`).
/// A collection is opened, its entries are added as they finish (a mapping's key, value, key, value, …), and on
/// closing its entries move from the open collections' shared stack into `children`.
struct YAMLTreeBuilder {
  struct OpenCollection {
    var record: Int32
    /// Where the collection's entries start on `pending`.
    var firstPending: Int
  }

  // The tree's own buffers, handed over as they are when the document is finished (no copy).
  private let records: GrowingBuffer<YAMLTree.Record>
  private let text: GrowingBuffer<UInt8>
  private let children: GrowingBuffer<Int32>
  /// Entries of the collections still open, innermost last.
  private var pending: [Int32] = []

  init(expectedBytes: Int) {
    // Scalar text is most of a catalog file; nodes are roughly one per 16 bytes.
    text = GrowingBuffer(capacity: expectedBytes)
    records = GrowingBuffer(capacity: expectedBytes / 16)
    children = GrowingBuffer(capacity: expectedBytes / 16)
  }

  mutating func scalar(_ bytes: UnsafeBufferPointer<UInt8>, plain: Bool, line: Int32, column: Int32) -> Int32 {
    let start = Int32(clamping: text.count)
    text.append(contentsOf: bytes)
    return append(
      YAMLTree.Record(
        kind: plain ? .plainScalar : .otherScalar, line: line, column: column, start: start,
        count: Int32(clamping: bytes.count)))
  }

  mutating func open(mapping: Bool, line: Int32, column: Int32) -> OpenCollection {
    let record = append(
      YAMLTree.Record(kind: mapping ? .mapping : .sequence, line: line, column: column, start: 0, count: 0))
    return OpenCollection(record: record, firstPending: pending.count)
  }

  /// Adds a finished node to the innermost open collection.
  mutating func add(_ index: Int32) {
    pending.append(index)
  }

  mutating func close(_ collection: OpenCollection) {
    records[Int(collection.record)].start = Int32(clamping: children.count)
    records[Int(collection.record)].count = Int32(clamping: pending.count - collection.firstPending)
    pending.withUnsafeBufferPointer { entries in
      children.append(contentsOf: UnsafeBufferPointer(rebasing: entries[collection.firstPending...]))
    }
    pending.removeSubrange(collection.firstPending...)
  }

  /// The document; the builder is done with after this.
  func finish(root: Int32) -> YAMLDocument {
    YAMLDocument(tree: YAMLTree(records: records.take(), text: text.take(), children: children.take()), rootIndex: root)
  }

  private mutating func append(_ record: YAMLTree.Record) -> Int32 {
    records.append(record)
    return Int32(clamping: records.count - 1)
  }
}
