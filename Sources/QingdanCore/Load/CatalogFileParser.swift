import Foundation
import QingdanYAML

/// Reads one file's bytes as a YAML document: encoding first, then syntax. Failures are `load` findings.
enum CatalogFileParser {
  struct Parsed {
    /// The document; keep this value alive while `node` and its descendants are used.
    var document: YAMLDocument?
    var failure: Finding?
    /// `schema` findings about slips of typing in a file that parsed (`TypingSlip`).
    var slips: [Finding] = []

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
    let slips = TypingSlip.scan(bytes)
    switch parser.parse(blankingWhiteSpaceLines(bytes)) {
    case .success(let document):
      let findings = slips.map {
        Finding(
          rule: SchemaRule.descriptor.id, message: $0.message,
          location: SourceLocation(file: file, line: $0.line, column: $0.column))
      }
      return Parsed(document: document, slips: findings)
    case .failure(let error):
      // A slip that breaks the structure, or a quote left open, is what to fix, not where libyaml gave up.
      let cause =
        error.atQuote
        ? nil
        : slips.first { $0.breaksStructure && $0.line <= error.line }
          ?? TypingSlip.unclosedQuote(in: bytes, through: error.line)
      guard let cause else {
        return Parsed(failure: LoadFailure.finding(error.message, file: file, line: error.line, column: error.column))
      }
      return Parsed(
        failure: LoadFailure.finding(
          "YAML 语法错误：" + cause.message, file: file, line: cause.line, column: cause.column))
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
