/// Catalog text as a terminal or a CI log may show it: control characters (C0, DEL, C1), format characters (bidi
/// overrides and isolates such as U+202E and U+2066–U+2069, zero-width spaces and joiners, the BOM) and line and
/// paragraph separators are written as `\u{1B}`, so that no catalog text can move the cursor, colour the screen,
/// reorder what a reader sees or hide a word.
package enum VisibleText {
  /// Whether `scalar` is one that `escape` writes out.
  package static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
    if scalar.isASCII { return false }
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator: return true
    default: return false
    }
  }

  /// `text` with every hidden character written as `\u{HEX}`; `keeping` lists characters the caller escapes in
  /// its own way (GitHub's `%0A`).
  package static func escape(_ text: String, keeping: Set<Unicode.Scalar> = []) -> String {
    guard text.unicodeScalars.contains(where: { isHidden($0) && !keeping.contains($0) }) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isHidden(scalar) && !keeping.contains(scalar) {
        out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}
