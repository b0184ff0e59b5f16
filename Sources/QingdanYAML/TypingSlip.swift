/// A slip of typing that YAML reads as something other than what the clerk meant, found in the text itself so that it
/// is reported where it was typed: a full-width colon after a key, indentation with an ideographic or no-break space,
/// an invisible character. Both parsers read such text alike (or refuse it alike); this only says what went wrong.
package struct TypingSlip: Equatable {
  package var line: Int
  /// In characters (Unicode scalars), 1-based, as the parsers count.
  package var column: Int
  package var message: String
  /// Whether the slip changes the document's structure (a key that is no key, a line that is not indented), so that
  /// a syntax error after it is its consequence.
  package var breaksStructure: Bool

  /// Every slip in `bytes` (UTF-8), in text order. Comment lines and a byte order mark at the start are not slips.
  package static func scan(_ bytes: [UInt8]) -> [TypingSlip] {
    var slips: [TypingSlip] = []
    // One pass over the bytes: most lines hold nothing to find, and a line is decoded only where a slip may start.
    bytes.withUnsafeBufferPointer { buffer in
      let count = buffer.count
      var index = 0
      var lineStart = 0
      var lineNumber = 1
      while index < count {
        let byte = buffer[index]
        if byte == 0x0A {
          lineNumber += 1
          lineStart = index + 1
        } else if byte >= 0xC2 && mayStartSlip(buffer, at: index) {
          var end = index
          while end < count && buffer[end] != 0x0A { end += 1 }
          let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<end])
          slips += scan(line: Array(String(decoding: line, as: UTF8.self).unicodeScalars), number: lineNumber)
          // The line's newline, if any, is next.
          index = end
          continue
        }
        index += 1
      }
    }
    return slips
  }

  private static func scan(line scalars: [Unicode.Scalar], number: Int) -> [TypingSlip] {
    var slips: [TypingSlip] = []
    var index = 0
    if number == 1, scalars.first == "\u{FEFF}" { index = 1 }
    while index < scalars.count, scalars[index] == " " { index += 1 }
    if index < scalars.count, let name = indentationNames[scalars[index]] {
      slips.append(
        TypingSlip(
          line: number, column: index + 1,
          message: "这一行用\(name)缩进；YAML 只认半角空格缩进，请把行首的\(name)都换成半角空格", breaksStructure: true))
      while index < scalars.count, indentationNames[scalars[index]] != nil || scalars[index] == " " { index += 1 }
    }
    guard index < scalars.count, scalars[index] != "#" else { return slips }
    if let colon = fullWidthColon(scalars, from: index) {
      let key = String(String.UnicodeScalarView(scalars[colon.key]))
      slips.append(
        TypingSlip(
          line: number, column: colon.colon + 1,
          message: "字段名“\(key)”后面是全角冒号“：”（U+FF1A）；YAML 只认半角冒号，请改成“\(key): ”（半角冒号加一个空格）",
          breaksStructure: true))
    }
    for position in index..<scalars.count {
      // A comment after the value: everything from “ #” on.
      if scalars[position] == "#", position > 0, scalars[position - 1] == " " { break }
      guard let name = invisibleNames[scalars[position]] else { continue }
      let hex = String(scalars[position].value, radix: 16, uppercase: true)
      let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      slips.append(
        TypingSlip(
          line: number, column: position + 1,
          message: "第 \(number) 行第 \(position + 1) 列有看不见的字符 \(code)（\(name)）；它会让文字与看上去相同的文字不一致，请删除它"
            + (scalars[position] == "\u{A0}" ? "或换成半角空格" : ""), breaksStructure: false))
    }
    return slips
  }

  /// A key of ASCII letters, digits, `_` and `-` (after any `- ` of sequence entries) followed by `：`.
  private static func fullWidthColon(_ scalars: [Unicode.Scalar], from start: Int) -> (key: Range<Int>, colon: Int)? {
    var index = start
    while index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] == " " {
      index += 2
      while index < scalars.count, scalars[index] == " " { index += 1 }
    }
    let key = index
    guard index < scalars.count, isKeyStart(scalars[index]) else { return nil }
    while index < scalars.count,
      isKeyStart(scalars[index]) || ("0"..."9").contains(scalars[index])
        || scalars[index] == "-"
    {
      index += 1
    }
    let end = index
    while index < scalars.count, scalars[index] == " " { index += 1 }
    guard index < scalars.count, scalars[index] == "：" else { return nil }
    return (key..<end, index)
  }

  private static func isKeyStart(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
  }

  private static let indentationNames: [Unicode.Scalar: String] = [
    "\u{3000}": "全角空格（U+3000）", "\u{A0}": "不间断空格（U+00A0）",
  ]

  /// Characters that show as nothing (or as a plain space) and are never meant in a catalog's text.
  private static let invisibleNames: [Unicode.Scalar: String] = [
    "\u{200B}": "零宽空格", "\u{200C}": "零宽不连字", "\u{200D}": "零宽连字", "\u{2060}": "零宽不换行空格",
    "\u{FEFF}": "字节顺序标记 BOM", "\u{A0}": "不间断空格", "\u{180E}": "蒙古文元音分隔符", "\u{00AD}": "软连字符",
  ]
}

extension TypingSlip {
  /// Whether a line may hold a slip: it has one of the UTF-8 sequences `scan` looks for. Most Chinese lines do not,
  /// and are not decoded.
  /// Whether the character at `index` is one of those `scan(line:number:)` looks for.
  @inline(__always)
  static func mayStartSlip(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
    let third = index + 2 < bytes.count ? bytes[index + 2] : 0
    switch (bytes[index], next, third) {
    case (0xC2, 0xA0, _), (0xC2, 0xAD, _), (0xE2, 0x80, 0x8B...0x8D), (0xE2, 0x81, 0xA0), (0xE3, 0x80, 0x80),
      (0xEF, 0xBC, 0x9A), (0xEF, 0xBB, 0xBF), (0xE1, 0xA0, 0x8E):
      return true
    default: return false
    }
  }

  /// The last quote at or before `line` that opens a value and is not closed on its line: when libyaml stops at a
  /// later line, an unclosed quote has swallowed the lines in between, and the quote is what to fix.
  package static func unclosedQuote(in bytes: [UInt8], through line: Int) -> TypingSlip? {
    var found: TypingSlip?
    var number = 0
    for rawLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      number += 1
      if number > line { break }
      let scalars = Array(String(decoding: rawLine, as: UTF8.self).unicodeScalars)
      if let open = found {
        // A quote that closes on a later line, before the error, was a text of several lines, not the cause.
        let quote: Unicode.Scalar = open.message.contains("“'”") ? "'" : "\""
        if number < line, isClosed(scalars, quote: quote, after: -1) { found = nil }
        continue
      }
      guard let start = valueStart(scalars), start < scalars.count else { continue }
      let quote = scalars[start]
      guard quote == "\"" || quote == "'", !isClosed(scalars, quote: quote, after: start) else { continue }
      found = TypingSlip(
        line: number, column: start + 1,
        message: "这里的引号“\(quote)”在本行没有闭合，后面几行都被当成了引号里的文字；请在这一行文字末尾补上“\(quote)”，或者去掉这个引号",
        breaksStructure: true)
    }
    return found
  }

  /// Where a line's value starts: after the indentation, any `- ` and a `key: `.
  private static func valueStart(_ scalars: [Unicode.Scalar]) -> Int? {
    var index = 0
    while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{FEFF}" { index += 1 }
    guard index < scalars.count, scalars[index] != "#" else { return nil }
    while index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] == " " {
      index += 2
      while index < scalars.count, scalars[index] == " " { index += 1 }
    }
    guard index < scalars.count, scalars[index] != "\"", scalars[index] != "'" else { return index }
    var colon = index
    while colon + 1 < scalars.count, !(scalars[colon] == ":" && scalars[colon + 1] == " ") { colon += 1 }
    guard colon + 1 < scalars.count else { return nil }
    index = colon + 1
    while index < scalars.count, scalars[index] == " " { index += 1 }
    return index
  }

  private static func isClosed(_ scalars: [Unicode.Scalar], quote: Unicode.Scalar, after start: Int) -> Bool {
    var index = start + 1
    while index < scalars.count {
      let scalar = scalars[index]
      if quote == "\"" && scalar == "\\" {
        index += 2
        continue
      }
      if scalar == quote {
        // In single quotes, '' is a quote inside the text.
        if quote == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
          index += 2
          continue
        }
        return true
      }
      index += 1
    }
    return false
  }
}
