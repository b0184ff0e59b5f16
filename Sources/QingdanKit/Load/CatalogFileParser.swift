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
    switch parser.parse(bytes) {
    case .success(let document):
      return Parsed(document: document)
    case .failure(let error):
      return Parsed(failure: LoadFailure.finding(error.message, file: file, line: error.line, column: error.column))
    }
  }
}
