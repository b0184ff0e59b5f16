#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Checks that a catalog file is UTF-8 before libyaml sees it, and says what it is when it is not.
package enum TextEncoding {
  /// A problem with a file's encoding, with the place of the first bad byte.
  package static func problem(in bytes: [UInt8]) -> YAMLLoadError? {
    if let other = otherFormat(bytes) {
      return YAMLLoadError(message: other, line: 1, column: 1)
    }
    guard let offset = firstInvalidUTF8(bytes) else { return nil }
    let position = bytes.withUnsafeBufferPointer { TextPosition.of(byteOffset: offset, in: $0) }
    var message = "文件不是有效的 UTF-8 编码（第 \(offset + 1) 个字节起无法识别）"
    if endsInsideCharacter(bytes, from: offset) {
      message = "文件在一个字符的中间结束：文件可能没有保存完整，或被截断了。请在编辑器中重新保存后再检查"
    } else if looksLikeGB18030(bytes) {
      message += "。该文件看起来是 GB18030/GBK 编码（办公电脑上的记事本、WPS 常这样保存），请另存为“UTF-8”编码后再提交"
    } else {
      message += "，请确认这是文本文件并以 UTF-8 编码保存"
    }
    return YAMLLoadError(message: message, line: position.line, column: position.column)
  }

  /// What a file is when it is plainly not UTF-8 text at all: UTF-16 or UTF-32 (with or without a byte-order
  /// mark), or a document of an office program saved under a `.yaml` name.
  static func otherFormat(_ bytes: [UInt8]) -> String? {
    let resave = "清单文件须为 UTF-8 编码，请在编辑器中另存为“UTF-8”"
    if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
      return "文件是 UTF-32 编码；" + resave
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes) {
      return "文件是 UTF-16 编码；" + resave
    }
    for (magic, name) in documentSignatures where bytes.starts(with: magic) {
      return "文件不是文本，而是\(name)，只是以 .yaml 结尾；请按 FORMAT.md 把内容写成 YAML 文本（UTF-8 编码）"
    }
    return nil
  }

  /// Spreadsheets and documents that end up under a `.yaml` name when a list is "exported" by renaming.
  private static let documentSignatures: [([UInt8], String)] = [
    ([0x50, 0x4B, 0x03, 0x04], "压缩文件（如 Excel .xlsx、Word .docx、WPS 文档）"),
    ([0xD0, 0xCF, 0x11, 0xE0], "Excel .xls 或 Word .doc 文档"),
    (Array("%PDF".utf8), "PDF 文件"),
    ([0x89, 0x50, 0x4E, 0x47], "PNG 图片"),
    ([0xFF, 0xD8, 0xFF], "JPEG 图片"),
    ([0x1F, 0x8B], "gzip 压缩文件"),
  ]

  /// Whether the only bad bytes are the start of a character that the file ends before finishing, as when a file is
  /// read while it is being saved, or was cut off.
  static func endsInsideCharacter(_ bytes: [UInt8], from offset: Int) -> Bool {
    let rest = bytes[offset...]
    guard let lead = rest.first, rest.count < 4, lead >= 0xC2, lead <= 0xF4 else { return false }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    return rest.count < length && rest.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
  }

  /// UTF-16 without a byte-order mark: YAML is mostly ASCII (keys, colons, spaces, line breaks), whose UTF-16
  /// code units have a zero byte, so most bytes at one parity are NUL and hardly any at the other.
  static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(4096)
    guard sample.count >= 4 else { return false }
    var zeros = [0, 0]
    for (offset, byte) in sample.enumerated() where byte == 0 { zeros[offset % 2] += 1 }
    let half = sample.count / 2
    return zeros.max()! * 4 >= half && zeros.min()! * 8 <= zeros.max()!
  }

  /// Whether the bytes read as GB18030 text: they convert, and what they convert to is text (no control
  /// characters) with at least one Chinese character. Random bytes often convert too, but not to text.
  package static func looksLikeGB18030(_ bytes: [UInt8]) -> Bool {
    guard let text = convert(bytes, from: "GB18030") else { return false }
    var chinese = false
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" { return false }
      if (0x80...0x9F).contains(scalar.value) || (0xE000...0xF8FF).contains(scalar.value) { return false }
      if (0x4E00...0x9FFF).contains(scalar.value) { chinese = true }
    }
    return chinese
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
          // ASCII (keys, indentation, codes) eight bytes at a time.
          while index + 8 <= count,
            UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
          {
            index += 8
          }
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

  /// The whole of `bytes` converted from `encoding` with iconv; nil when any of it does not convert.
  package static func convert(_ bytes: [UInt8], from encoding: String) -> String? {
    let converter = iconv_open("UTF-8", encoding)
    guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = bytes.map { CChar(bitPattern: $0) }
    // GB18030 takes at least one byte a character, UTF-8 at most four.
    var output = [UInt8](repeating: 0, count: max(16, bytes.count * 4))
    let written = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBytes { outBuffer -> Int? in
        var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
        var inLeft = inBuffer.count
        let start = outBuffer.baseAddress!.assumingMemoryBound(to: CChar.self)
        var outPointer: UnsafeMutablePointer<CChar>? = start
        var outLeft = outBuffer.count
        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        guard result != size_t.max, inLeft == 0 else { return nil }
        return outBuffer.count - outLeft
      }
    }
    guard let written else { return nil }
    return String(decoding: output[..<written], as: UTF8.self)
  }
}
