/// Collects `schema` findings while one file is decoded. Lives only inside the loader, one per file.
final class SchemaCollector {
  let file: String
  private(set) var findings: [Finding] = []

  init(file: String) {
    self.file = file
  }

  func location(of node: YAMLNode) -> SourceLocation {
    SourceLocation(file: file, line: node.line, column: node.column)
  }

  func report(
    _ message: String, at node: YAMLNode, rule: String = "schema", code: String? = nil, township: String? = nil
  ) {
    findings.append(Finding(rule: rule, message: message, location: location(of: node), code: code, township: township))
  }
}

/// The subject of a schema message, such as “权力事项 DJ-QL-0001” or “乡镇 qinglong”, and the ids a finding
/// about it carries.
struct Subject {
  var label: String
  var code: String?
  var township: String?

  static let none = Subject(label: "")

  func prefixed(_ message: String) -> String {
    label.isEmpty ? message : "\(label)：\(message)"
  }
}
