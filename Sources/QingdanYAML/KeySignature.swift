/// A field name's first eight bytes and its length. Compared as two integers, which tells most keys apart; names
/// longer than eight bytes are compared in full after that.
package struct KeySignature: Equatable {
  var prefix: UInt64
  var count: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var prefix: UInt64 = 0
    for offset in 0..<min(bytes.count, 8) { prefix |= UInt64(bytes[offset]) << (8 * UInt64(offset)) }
    self.prefix = prefix
    count = bytes.count
  }

  package init(_ name: String) {
    var name = name
    self = name.withUTF8 { KeySignature($0) }
  }

  /// Whether equal signatures mean equal names.
  package var isComplete: Bool { count <= 8 }
}
