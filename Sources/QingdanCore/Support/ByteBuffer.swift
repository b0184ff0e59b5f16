import QingdanYAML

/// A growing run of bytes that files are rendered into. Rendering a province's guide appends a few hundred million
/// short pieces (a tag, an attribute, a value), and `Array.append(contentsOf:)` spent more on checking uniqueness
/// and capacity per piece than on copying; here an append is a capacity check and a `memcpy`.
package struct ByteBuffer: ~Copyable {
  private var start: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0

  package init(capacity: Int = 256) {
    self.capacity = max(capacity, 64)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  /// The bytes, as an array.
  package var array: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

  package mutating func removeAll() { count = 0 }

  package mutating func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    start[count] = byte
    count += 1
  }

  package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    if count + bytes.count > capacity { grow(to: count + bytes.count) }
    (start + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  package mutating func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

  /// A literal's UTF-8 bytes (also a one-letter literal, which has no pointer of its own).
  package mutating func append(_ literal: StaticString) { literal.withUTF8Buffer { append($0) } }

  /// A string's UTF-8 bytes.
  package mutating func append(utf8 text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  private mutating func grow(to needed: Int) {
    (start, capacity) = start.regrown(count: count, capacity: capacity, needed: needed)
  }
}
