/// The scalars and flow collections of `FastBlockParser`.
extension FastBlockParser {
  /// The colon after a simple key starting at `offset`, if the line is `key: …` or `key:`.
  func keyColon(_ index: Int, _ offset: Int) -> Int? {
    let end = lines[index].end
    guard offset < end, !Self.isIndicator(bytes[offset]) else { return nil }
    var position = offset
    while position < end {
      let byte = bytes[position]
      if byte == UInt8(ascii: ":") && (position + 1 == end || bytes[position + 1] == 0x20) {
        // libyaml gives up on simple keys longer than 1,024 characters.
        return position - offset <= 1000 ? position : nil
      }
      if byte == 0x20 && position + 1 < end && bytes[position + 1] == UInt8(ascii: "#") { return nil }
      position += 1
    }
    return nil
  }

  /// Where a one-line plain value starting at `offset` ends (before a comment and trailing spaces).
  func plainEnd(_ index: Int, _ offset: Int) throws(Declined) -> Int {
    let end = lines[index].end
    guard !Self.isIndicator(bytes[offset]) else { throw Declined() }
    var position = offset
    while position < end {
      let byte = bytes[position]
      if byte == UInt8(ascii: ":") && (position + 1 == end || bytes[position + 1] == 0x20) { throw Declined() }
      if byte == 0x20 && position + 1 < end && bytes[position + 1] == UInt8(ascii: "#") { break }
      position += 1
    }
    return trimmed(offset, position)
  }

  /// A one-line flow sequence or mapping of plain scalars, from its bracket to just after its closing bracket.
  mutating func flow(_ index: Int, _ position: inout Int) throws(Declined) -> Int32 {
    let isMapping = bytes[position] == UInt8(ascii: "{")
    let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
    let collection = builder.open(mapping: isMapping, line: Int32(index + 1), column: column(index, position))
    position = skipSpaces(index, position + 1)
    if position < lines[index].end && bytes[position] == close {
      position += 1
    } else {
      while true {
        if isMapping {
          builder.add(try flowScalar(index, &position, stops: [UInt8(ascii: ":")]))
          guard position + 1 < lines[index].end, bytes[position + 1] == 0x20 else { throw Declined() }
          position = skipSpaces(index, position + 1)
        }
        builder.add(try flowScalar(index, &position, stops: [UInt8(ascii: ","), close]))
        let separator = bytes[position]
        position = skipSpaces(index, position + 1)
        if separator == close { break }
        // A trailing comma, or an empty entry.
        if position < lines[index].end && (bytes[position] == close || bytes[position] == UInt8(ascii: ",")) {
          throw Declined()
        }
      }
    }
    builder.close(collection)
    return collection.record
  }

  /// A plain scalar inside a flow collection, ending at one of `stops` (where `position` is left).
  mutating func flowScalar(_ index: Int, _ position: inout Int, stops: [UInt8]) throws(Declined) -> Int32 {
    let end = lines[index].end
    let start = position
    if start < end && (bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'"))
      && !stops.contains(UInt8(ascii: ":"))
    {
      let node = try quoted(index, &position)
      position = skipSpaces(index, position)
      guard position < end, stops.contains(bytes[position]) else { throw Declined() }
      return node
    }
    guard start < end, !Self.isIndicator(bytes[start]) else { throw Declined() }
    while position < end && !stops.contains(bytes[position]) {
      switch bytes[position] {
      case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
        UInt8(ascii: ":"), UInt8(ascii: "#"):
        throw Declined()
      default: position += 1
      }
    }
    guard position < end else { throw Declined() }
    return scalar(index, start, trimmed(start, position))
  }

  /// A one-line quoted scalar with nothing to unescape: '…' without '' inside, "…" without \ inside. `position`
  /// moves past the closing quote.
  mutating func quoted(_ index: Int, _ position: inout Int) throws(Declined) -> Int32 {
    let end = lines[index].end
    let quote = bytes[position]
    let start = position + 1
    var close = start
    while close < end && bytes[close] != quote {
      if bytes[close] == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") { throw Declined() }
      close += 1
    }
    guard close < end else { throw Declined() }
    if quote == UInt8(ascii: "'") && close + 1 < end && bytes[close + 1] == quote { throw Declined() }
    position = close + 1
    if close - start > YAMLParser.Limits.maxScalarBytes { tooLong = true }
    return builder.scalar(
      UnsafeBufferPointer(rebasing: bytes[start..<close]), plain: false, line: Int32(index + 1),
      column: column(index, start - 1))
  }

  /// Characters that may not start a plain scalar here (or that start something else).
  static func isIndicator(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
      UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
      UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
      UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), 0x20:
      return true
    default:
      return false
    }
  }

  mutating func scalar(_ index: Int, _ start: Int, _ end: Int) -> Int32 {
    if end - start > YAMLParser.Limits.maxScalarBytes { tooLong = true }
    return builder.scalar(
      UnsafeBufferPointer(rebasing: bytes[start..<end]), plain: true, line: Int32(index + 1),
      column: column(index, start))
  }

  mutating func emptyScalar(_ index: Int, _ offset: Int) -> Int32 {
    scalar(index, offset, offset)
  }

  func trimmed(_ start: Int, _ end: Int) -> Int {
    var end = end
    while end > start && bytes[end - 1] == 0x20 { end -= 1 }
    return end
  }

  func skipSpaces(_ index: Int, _ offset: Int) -> Int {
    var offset = offset
    while offset < lines[index].end && bytes[offset] == 0x20 { offset += 1 }
    return offset
  }

  /// The 1-based column of `offset`, in characters: counted on from the last column asked for on the same line,
  /// since a line's nodes are asked for left to right.
  mutating func column(_ index: Int, _ offset: Int) -> Int32 {
    if lastColumn.line != index || lastColumn.offset > offset {
      lastColumn = (index, lines[index].start, 1)
    }
    var characters = lastColumn.column
    for position in lastColumn.offset..<offset where bytes[position] & 0xC0 != 0x80 { characters += 1 }
    lastColumn = (index, offset, characters)
    return characters
  }
}
