/// Text as Markdown shows it: the handbook's `handbook.md` and diff's Markdown report escape catalog text alike.
package enum MarkdownText {
  /// Backslash-escapes the characters Markdown gives meaning to inside a line, so catalog text stays text. Values
  /// never start a line (they follow a label or a heading marker), so line-start markers need no escape.
  package static func escape(_ text: String) -> String {
    guard needsEscape(text) else { return text }
    var out = ""
    for character in text {
      if "\\`*_[]<>|~".contains(character) { out.append("\\") }
      out.append(character == "\n" ? " " : character)
    }
    return out
  }

  package static func needsEscape(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in bytes.contains { $0 < 0x80 && special & (1 << $0) != 0 } }
  }

  /// The bytes `escape` changes, as bits of a 128-bit set of ASCII: `\n`, and `\`*_[]<>|~`.
  private static let special: UInt128 = "\n\\`*_[]<>|~".utf8.reduce(0) { $0 | (1 << $1) }
}
