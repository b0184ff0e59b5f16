/// YAML test input with position markers (`1️⃣`, `2️⃣`, …) that are removed before parsing, so a test can say
/// exactly where a diagnostic must point: line and column as qingdan counts them (1-based, in characters).
public struct MarkedText {
  public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  /// The text without markers.
  public let text: String
  /// Marker → (line, column).
  public let positions: [String: (line: Int, column: Int)]

  public init(_ marked: String) {
    var text = ""
    var positions: [String: (line: Int, column: Int)] = [:]
    var line = 1
    var column = 1
    var rest = Substring(marked)
    outer: while !rest.isEmpty {
      for marker in Self.markers where rest.hasPrefix(marker) {
        positions[marker] = (line, column)
        rest = rest.dropFirst(marker.count)
        continue outer
      }
      let character = rest.removeFirst()
      text.append(character)
      if character == "\n" || character == "\r\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    self.text = text
    self.positions = positions
  }

  /// The position of `marker` as `line:column`.
  public func position(_ marker: String) -> String? {
    positions[marker].map { "\($0.line):\($0.column)" }
  }

  /// Every marker's position as `line:column`, in marker order.
  public var allPositions: [String] {
    Self.markers.compactMap { position($0) }
  }
}
