/// Reads one file's bytes as a YAML document: encoding first, then syntax. Failures are `load` findings.
enum CatalogFileParser {
  struct Parsed {
    var node: YAMLNode?
    var failure: Finding?
  }

  static func parse(_ bytes: [UInt8], file: String) -> Parsed {
    if let problem = TextEncoding.problem(in: bytes) {
      return Parsed(
        failure: LoadFailure.finding(problem.message, file: file, line: problem.line, column: problem.column))
    }
    switch YAMLParser().parse(bytes) {
    case .success(let node):
      return Parsed(node: node)
    case .failure(let error):
      return Parsed(failure: LoadFailure.finding(error.message, file: file, line: error.line, column: error.column))
    }
  }
}
