/// `load`: a file that cannot be read as a catalog file at all (not UTF-8, not YAML, an alias bomb, nesting
/// too deep, an unreadable file, a profile that cannot be found). Rules are not run on a catalog that did not
/// load, and the run exits with status 2.
public enum LoadFailure: DescribedRule {
  public static let descriptor = RuleDescriptor(
    id: "load",
    summary: "清单文件能够读取：UTF-8 编码、YAML 语法正确、别名展开和嵌套层级在限度内",
    explanation: "文件无法读取时，其余规则无法可靠检查，本次检查以退出码 2 结束。请按提示修正编码或语法后重新检查。此规则不能关闭或豁免。",
    citation: "FORMAT.md", referenceSeverity: .error, profiles: .every, groups: [.files])

  static func finding(_ message: String, file: String, line: Int = 1, column: Int = 1) -> Finding {
    Finding(rule: descriptor.id, message: message, location: SourceLocation(file: file, line: line, column: column))
  }
}
