import QingdanYAML

/// Collects `schema` findings while one file is decoded. Lives only inside the loader, one per file.
final class SchemaCollector {
  let file: String
  private(set) var findings: [Finding] = []
  /// Townships written by name where ids belong, each with the finding that reports it: the loader adds the ids
  /// once every file's townships are known.
  /// Where a field's value is present but was rejected (and left unset).
  var invalidValues: Set<SourceLocation> = []
  private(set) var townshipMentions: [TownshipNames.Mention] = []

  init(file: String) {
    self.file = file
  }

  /// Notes that the last finding reported `names` written where township ids belong.
  func mentionTownships(_ names: [String], wholeValue: Bool) {
    guard !findings.isEmpty, !names.isEmpty else { return }
    townshipMentions.append(TownshipNames.Mention(finding: findings.count - 1, names: names, wholeValue: wholeValue))
  }

  func location(of node: YAMLNode) -> SourceLocation {
    SourceLocation(file: file, line: node.line, column: node.column)
  }

  func report(
    _ message: String, at node: YAMLNode, rule: String = "schema", code: String? = nil, township: String? = nil
  ) {
    report(message, at: location(of: node), rule: rule, code: code, township: township)
  }

  func report(
    _ message: String, at location: SourceLocation, rule: String = "schema", code: String? = nil,
    township: String? = nil
  ) {
    findings.append(Finding(rule: rule, message: message, location: location, code: code, township: township))
  }
}

/// The subject of a schema message, such as “权力事项 DJ-QL-0001” or “乡镇 qinglong”, and the ids a finding
/// about it carries.
struct Subject {
  private enum Label {
    case text(String)
    /// An item's label is put together only when a message needs it: most items have no problem.
    case item(section: String, name: String?, code: String?)
  }

  private var storage: Label
  var code: String?
  var township: String?

  init(label: String, code: String? = nil, township: String? = nil) {
    storage = .text(label)
    self.code = code
    self.township = township
  }

  /// `权力事项“村民宅基地审批”（DJ-QL-0001）`, `权力事项 DJ-QL-0001` or `权力事项“村民宅基地审批”`.
  static func item(_ section: String, name: String?, code: String?) -> Subject {
    var subject = Subject(label: "", code: code)
    subject.storage = .item(section: section, name: name, code: code)
    return subject
  }

  static let none = Subject(label: "")

  var label: String {
    get {
      switch storage {
      case .text(let text): return text
      case .item(let section, let name?, let code?): return "\(section)“\(name)”（\(code)）"
      case .item(let section, nil, let code?): return "\(section) \(code)"
      case .item(let section, let name?, nil): return "\(section)“\(name)”"
      case .item(let section, nil, nil): return section
      }
    }
    set { storage = .text(newValue) }
  }

  func prefixed(_ message: String) -> String {
    let label = self.label
    return label.isEmpty ? message : "\(label)：\(message)"
  }
}
