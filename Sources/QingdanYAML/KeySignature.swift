/// A field name's first eight bytes and its length. Compared as two integers, which tells most keys apart; names
/// longer than eight bytes are compared in full after that. Inlinable: QingdanCore compares signatures in the scans
/// that find every field of every item, where a call through `Equatable` for each comparison cost a sixth of check.
@usableFromInline
package struct KeySignature: Equatable, Sendable {
  @usableFromInline var prefix: UInt64
  @usableFromInline var count: Int

  @inlinable
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var prefix: UInt64 = 0
    for offset in 0..<min(bytes.count, 8) { prefix |= UInt64(bytes[offset]) << (8 * UInt64(offset)) }
    self.prefix = prefix
    count = bytes.count
  }

  @inlinable
  package init(_ name: String) {
    var name = name
    self = name.withUTF8 { KeySignature($0) }
  }

  @inlinable
  package static func == (lhs: KeySignature, rhs: KeySignature) -> Bool {
    lhs.prefix == rhs.prefix && lhs.count == rhs.count
  }

  /// Whether equal signatures mean equal names.
  @inlinable
  package var isComplete: Bool { count <= 8 }
}
