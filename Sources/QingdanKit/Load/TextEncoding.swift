#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Checks that a catalog file is UTF-8 before libyaml sees it, and says what it is when it is not.
enum TextEncoding {
  /// A problem with a file's encoding, with the place of the first bad byte.
  static func problem(in bytes: [UInt8]) -> YAMLLoadError? {
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      return YAMLLoadError(
        message: "文件是 UTF-16 编码；清单文件须为 UTF-8 编码，请在编辑器中另存为“UTF-8”", line: 1, column: 1)
    }
    guard let offset = firstInvalidUTF8(bytes) else { return nil }
    let position = bytes.withUnsafeBufferPointer { TextPosition.of(byteOffset: offset, in: $0) }
    var message = "文件不是有效的 UTF-8 编码（第 \(offset + 1) 个字节起无法识别）"
    if decodes(bytes, from: "GB18030") {
      message += "。该文件看起来是 GB18030/GBK 编码（办公电脑上的记事本、WPS 常这样保存），请另存为“UTF-8”编码后再提交"
    } else {
      message += "，请确认这是文本文件并以 UTF-8 编码保存"
    }
    return YAMLLoadError(message: message, line: position.line, column: position.column)
  }

  /// Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      var index = 0
      let count = buffer.count
      while index < count {
        let lead = buffer[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        let length: Int
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; highest = 0x9F
        case 0xF0: length = 4; lowest = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; highest = 0x8F
        default: return index
        }
        guard index + length <= count else { return index }
        let second = buffer[index + 1]
        guard second >= lowest && second <= highest else { return index }
        var next = index + 2
        while next < index + length {
          guard buffer[next] & 0xC0 == 0x80 else { return index }
          next += 1
        }
        index += length
      }
      return nil
    }
  }

  /// Whether the whole of `bytes` converts from `encoding` with iconv.
  static func decodes(_ bytes: [UInt8], from encoding: String) -> Bool {
    let converter = iconv_open("UTF-8", encoding)
    guard let converter, converter != iconv_t(bitPattern: -1) else { return false }
    defer { iconv_close(converter) }
    var input = bytes.map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: max(16, bytes.count * 2))
    return input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
        var inLeft = inBuffer.count
        var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
        var outLeft = outBuffer.count
        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        return result != size_t.max && inLeft == 0
      }
    }
  }
}
