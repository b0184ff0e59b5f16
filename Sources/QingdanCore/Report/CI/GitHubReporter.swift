/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, so that findings show on
/// the lines of a pull request. Waived and baselined diagnostics are left out.
public struct GitHubReporter {
  let paths: ReportPaths

  public init(paths: ReportPaths) {
    self.paths = paths
  }

  public func render(_ diagnostics: [Diagnostic]) -> String {
    var out = ""
    for diagnostic in diagnostics where !diagnostic.waived && !diagnostic.baselined {
      let command: String
      switch diagnostic.severity {
      case .error: command = "error"
      case .warning: command = "warning"
      case .info: command = "notice"
      }
      let properties = [
        "file=" + Self.property(paths.path(diagnostic)), "line=\(diagnostic.location.line)",
        "col=\(diagnostic.location.column)", "title=" + Self.property("qingdan \(diagnostic.rule)"),
      ]
      out += "::\(command) \(properties.joined(separator: ","))::\(Self.data(diagnostic.message))\n"
    }
    return out
  }

  /// Escapes a command's message as the workflow-command rules say (`%`, CR and LF), so that no text can end the
  /// command and start another (`::add-mask::`, `::error::`) on a line of its own; other control and invisible
  /// characters are written out (`VisibleText`) so that none reaches the log raw.
  static func data(_ text: String) -> String {
    VisibleText.escape(text, keeping: ["\r", "\n"]).replacingOccurrences(of: "%", with: "%25")
      .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
  }

  /// Escapes a property value, where `:` and `,` also have meaning.
  static func property(_ text: String) -> String {
    data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
