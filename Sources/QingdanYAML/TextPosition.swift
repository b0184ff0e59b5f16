/// Line and column (in Unicode characters) of a byte offset in UTF-8 text.
package struct TextPosition: Equatable {
  var line: Int
  var column: Int

  static func of(byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextPosition {
    var line = 1
    var column = 1
    // A byte-order mark is not a character of the first line.
    let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    var index = hasBOM ? 3 : 0
    let end = min(byteOffset, bytes.count)
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        // Count lead bytes only, so a multi-byte character counts once.
        column += 1
      }
      index += 1
    }
    return TextPosition(line: line, column: column)
  }

  /// The bytes of 1-based `line`, without its line break.
  static func line(_ line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8> {
    var current = 1
    var start = 0
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "\n") {
        if current == line { return Array(bytes[start..<index])[...] }
        current += 1
        start = index + 1
      }
      index += 1
    }
    return current == line ? Array(bytes[start..<bytes.count])[...] : []
  }
}
