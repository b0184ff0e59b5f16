import Foundation
import QingdanYAML

/// Reads one file's bytes as a YAML document: encoding first, then syntax. Failures are `load` findings.
enum CatalogFileParser {
  struct Parsed {
    /// The document; keep this value alive while `node` and its descendants are used.
    var document: YAMLDocument?
    var failure: Finding?

    var node: YAMLNode? { document?.root }
  }

  static func parse(_ bytes: [UInt8], file: String) -> Parsed {
    if let problem = TextEncoding.problem(in: bytes) {
      return Parsed(
        failure: LoadFailure.finding(problem.message, file: file, line: problem.line, column: problem.column))
    }
    // Aliases may not expand a file to more nodes than it has bytes (plus some headroom): a legitimate catalog
    // never comes close, and a billion-laughs file is stopped long before it costs memory or time.
    var parser = YAMLParser()
    parser.limits.maxAliasExpansion = 10_000 + bytes.count
    switch parser.parse(blankingWhiteSpaceLines(bytes)) {
    case .success(let document):
      return Parsed(document: document)
    case .failure(let error):
      return Parsed(failure: LoadFailure.finding(error.message, file: file, line: error.line, column: error.column))
    }
  }

  /// `bytes` with the tabs of lines that hold nothing but spaces and tabs turned into spaces. Such a line is blank
  /// in YAML 1.2 (yaml-test-suite DK95), but libyaml stops at its tab; editors leave them behind. Lines and
  /// columns stay as they were. Returns `bytes` itself when there is no such line (almost always).
  static func blankingWhiteSpaceLines(_ bytes: [UInt8]) -> [UInt8] {
    // Most files have no tab at all, which `memchr` finds many bytes at a time.
    guard bytes.withUnsafeBytes({ $0.baseAddress.flatMap { memchr($0, 0x09, bytes.count) } }) != nil else {
      return bytes
    }
    var copy: [UInt8]?
    var lineStart = 0
    var onlyBlanks = true
    var hasTab = false
    for index in 0...bytes.count {
      let byte = index < bytes.count ? bytes[index] : 0x0A
      switch byte {
      case 0x0A, 0x0D:
        if onlyBlanks && hasTab {
          if copy == nil { copy = bytes }
          for position in lineStart..<index where copy![position] == 0x09 { copy![position] = 0x20 }
        }
        (lineStart, onlyBlanks, hasTab) = (index + 1, true, false)
      case 0x09: hasTab = true
      case 0x20: break
      default: onlyBlanks = false
      }
    }
    return copy ?? bytes
  }
}
