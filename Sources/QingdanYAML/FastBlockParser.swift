/// A fast path for the YAML catalogs are written in: block mappings and sequences, one-line plain scalars, one-line
/// quoted values without escapes (`code: "520626"`), comments, and one-line flow collections of such scalars
/// (`townships: [a, b]`, `approval: {document: …}`).
///
/// It builds exactly the tree libyaml's events would (same nodes, text, lines and columns) in one pass over the
/// bytes, several times faster than libyaml, and declines at the first thing outside that subset: quotes,
/// anchors and aliases, tags, block scalars, multi-line scalars, tabs, CR, control characters, document markers,
/// unusual indentation and every syntax error. A declined file is parsed by libyaml, which reports its errors as
/// before. `YAMLDifferential` checks that the two parsers agree; the tests and the fuzz target run it.
struct FastBlockParser {
  enum Outcome {
    /// The document; nil when the file has no content (only blank lines and comments).
    case parsed(YAMLDocument?)
    case declined
  }

  /// Deeper nesting is left to libyaml, which enforces `YAMLParser.Limits.maxDepth`.
  static let maxDepth = 64

  struct Line {
    var start: Int
    var end: Int
    var indent: Int
    /// Only spaces, or a comment.
    var blank: Bool
  }

  struct Declined: Error {}

  let bytes: UnsafeBufferPointer<UInt8>
  var lines: [Line] = []
  var builder: YAMLTreeBuilder
  var depth = 0
  /// The next line not yet consumed that is not blank, or `lines.count`.
  var cursor = 0
  /// Whether a scalar is longer than `YAMLParser.Limits.maxScalarBytes`.
  var tooLong = false
  /// The last column worked out, to count on from.
  var lastColumn: (line: Int, offset: Int, column: Int32) = (-1, 0, 1)

  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
    var parser = FastBlockParser(bytes: bytes)
    do throws(Declined) {
      try parser.splitLines()
      return .parsed(try parser.document())
    } catch {
      return .declined
    }
  }

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    builder = YAMLTreeBuilder(expectedBytes: bytes.count)
  }

  // MARK: Lines

  /// Splits the text into lines, declining at bytes libyaml treats specially: control characters (tab and CR
  /// included), DEL, C1 controls and NEL, the Unicode line and paragraph separators, byte order marks, U+FFFE and
  /// U+FFFF.
  mutating func splitLines() throws(Declined) {
    lines.reserveCapacity(bytes.count / 32)
    var start = 0
    var index = 0
    let count = bytes.count
    let classes = Self.byteClasses
    while index < count {
      let byte = bytes[index]
      switch classes[Int(byte)] {
      case .ordinary:
        break
      case .lineFeed:
        try addLine(start, index)
        start = index + 1
      case .refused:
        throw Declined()
      case .lead:
        let next = index + 1 < count ? bytes[index + 1] : 0
        let third = index + 2 < count ? bytes[index + 2] : 0
        switch byte {
        case 0xC2 where next < 0xA0: throw Declined()
        case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9): throw Declined()
        case 0xEF where (next == 0xBB && third == 0xBF) || (next == 0xBF && third >= 0xBE): throw Declined()
        default: break
        }
      }
      index += 1
    }
    if start < count { try addLine(start, count) }
    cursor = nextContent(from: 0)
  }

  enum ByteClass {
    case ordinary, lineFeed, refused
    /// The first byte of a character that may be one libyaml treats specially.
    case lead
  }

  /// What each byte value means to `splitLines`, looked up once per byte.
  static let byteClasses: [ByteClass] = (0...255).map { (byte: Int) -> ByteClass in
    switch byte {
    case 0x0A: return .lineFeed
    case 0x00..<0x20, 0x7F: return .refused
    case 0xC2, 0xE2, 0xEF: return .lead
    default: return .ordinary
    }
  }

  mutating func addLine(_ start: Int, _ end: Int) throws(Declined) {
    var indent = 0
    while start + indent < end && bytes[start + indent] == 0x20 { indent += 1 }
    let first = start + indent < end ? bytes[start + indent] : 0
    // Directives and document markers.
    if indent == 0 && (first == UInt8(ascii: "%") || startsMarker(start, end)) { throw Declined() }
    lines.append(Line(start: start, end: end, indent: indent, blank: first == 0 || first == UInt8(ascii: "#")))
  }

  func startsMarker(_ start: Int, _ end: Int) -> Bool {
    guard end - start >= 3 else { return false }
    let (a, b, c) = (bytes[start], bytes[start + 1], bytes[start + 2])
    guard a == b && b == c && (a == UInt8(ascii: "-") || a == UInt8(ascii: ".")) else { return false }
    return end - start == 3 || bytes[start + 3] == 0x20
  }

  func nextContent(from line: Int) -> Int {
    var line = line
    while line < lines.count && lines[line].blank { line += 1 }
    return line
  }

  // MARK: Block structure

  mutating func document() throws(Declined) -> YAMLDocument? {
    guard cursor < lines.count else { return nil }
    let root = try blockNode(cursor)
    // libyaml's path reports an over-long scalar.
    guard cursor == lines.count, !tooLong else { throw Declined() }
    return builder.finish(root: root)
  }

  /// The block collection that starts at line `index`'s indentation.
  mutating func blockNode(_ index: Int) throws(Declined) -> Int32 {
    let offset = lines[index].start + lines[index].indent
    if isEntry(index, offset) { return try blockSequence(index, indent: lines[index].indent) }
    guard keyColon(index, offset) != nil else { throw Declined() }
    return try blockMapping(index, offset)
  }

  /// Whether `offset` on line `index` holds a sequence entry's `-`.
  func isEntry(_ index: Int, _ offset: Int) -> Bool {
    let end = lines[index].end
    return offset < end && bytes[offset] == UInt8(ascii: "-") && (offset + 1 == end || bytes[offset + 1] == 0x20)
  }

  mutating func blockMapping(_ first: Int, _ firstOffset: Int) throws(Declined) -> Int32 {
    try enter()
    defer { depth -= 1 }
    let indent = firstOffset - lines[first].start
    let mapping = builder.open(mapping: true, line: Int32(first + 1), column: column(first, firstOffset))
    var (index, offset) = (first, firstOffset)
    while true {
      guard let colon = keyColon(index, offset) else { throw Declined() }
      builder.add(scalar(index, offset, trimmed(offset, colon)))
      builder.add(try value(index, after: colon, indent: indent))
      guard cursor < lines.count, lines[cursor].indent >= indent else { break }
      guard lines[cursor].indent == indent else { throw Declined() }
      (index, offset) = (cursor, lines[cursor].start + indent)
      if isEntry(index, offset) { throw Declined() }
    }
    builder.close(mapping)
    return mapping.record
  }

  mutating func blockSequence(_ first: Int, indent: Int) throws(Declined) -> Int32 {
    try enter()
    defer { depth -= 1 }
    let sequence = builder.open(mapping: false, line: Int32(first + 1), column: Int32(indent + 1))
    var index = first
    while true {
      let dash = lines[index].start + indent
      builder.add(try entry(index, dash: dash, indent: indent))
      guard cursor < lines.count, lines[cursor].indent >= indent else { break }
      guard lines[cursor].indent == indent else { throw Declined() }
      index = cursor
      // An indentless sequence ends at its mapping's next key.
      guard isEntry(index, lines[index].start + indent) else { break }
    }
    builder.close(sequence)
    return sequence.record
  }

  mutating func enter() throws(Declined) {
    depth += 1
    if depth > Self.maxDepth { throw Declined() }
  }

  /// A mapping value: on the key's line, below it (more indented, or an indentless sequence), or empty.
  mutating func value(_ index: Int, after colon: Int, indent: Int) throws(Declined) -> Int32 {
    let offset = skipSpaces(index, colon + 1)
    if offset == lines[index].end || bytes[offset] == UInt8(ascii: "#") {
      let next = nextContent(from: index + 1)
      cursor = next
      if next < lines.count {
        if lines[next].indent > indent { return try blockNode(next) }
        if lines[next].indent == indent && isEntry(next, lines[next].start + indent) {
          return try blockSequence(next, indent: indent)
        }
      }
      // libyaml places an empty value just after the colon.
      return emptyScalar(index, colon + 1)
    }
    return try inlineValue(index, offset, indent: indent)
  }

  /// A sequence entry: on the dash's line (a scalar, a flow collection or a mapping's first key), below it, or
  /// empty.
  mutating func entry(_ index: Int, dash: Int, indent: Int) throws(Declined) -> Int32 {
    let offset = skipSpaces(index, dash + 1)
    if offset == lines[index].end || bytes[offset] == UInt8(ascii: "#") {
      let next = nextContent(from: index + 1)
      cursor = next
      if next < lines.count && lines[next].indent > indent { return try blockNode(next) }
      return emptyScalar(index, dash + 1)
    }
    if isEntry(index, offset) { throw Declined() }
    if keyColon(index, offset) != nil { return try blockMapping(index, offset) }
    return try inlineValue(index, offset, indent: indent)
  }

  /// A plain scalar or a flow collection that ends its line; the next line may not continue it.
  mutating func inlineValue(_ index: Int, _ offset: Int, indent: Int) throws(Declined) -> Int32 {
    let node: Int32
    let byte = bytes[offset]
    if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    {
      var position = offset
      node =
        byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")
        ? try flow(index, &position) : try quoted(index, &position)
      let rest = skipSpaces(index, position)
      if rest < lines[index].end && (bytes[rest] != UInt8(ascii: "#") || rest == position) { throw Declined() }
    } else {
      node = scalar(index, offset, try plainEnd(index, offset))
    }
    cursor = nextContent(from: index + 1)
    if cursor < lines.count && lines[cursor].indent > indent { throw Declined() }
    return node
  }
}
