/// `--format human`: diagnostics grouped by file, each as `file:line:col`, then a summary a clerk can read. Catalog
/// text is shown through `VisibleText`, so the only escape sequences are the report's own colours.
public struct HumanReporter: Reporter {
  /// The catalog folder as the user named it; prefixed to file paths.
  let root: String
  let color: Bool

  public init(root: String, color: Bool) {
    self.root = root
    self.color = color
  }

  public func render(_ result: CheckResult) -> String {
    var out = heading(result)
    var currentFile: String?
    for diagnostic in result.diagnostics {
      let path = VisibleText.escape(displayPath(diagnostic.location.file))
      if diagnostic.location.file != currentFile {
        out += "\n" + paint(path, .bold) + "\n"
        currentFile = diagnostic.location.file
      }
      let place = "\(path):\(diagnostic.location.line):\(diagnostic.location.column)"
      let excused = diagnostic.waived || diagnostic.baselined
      let label =
        excused
        ? paint(diagnostic.waived ? "已豁免" : "已知（基线）", .dim)
        : paint(diagnostic.severity.chinese, style(diagnostic.severity))
      let text = VisibleText.escape(diagnostic.message)
      let message = excused ? paint(text, .dim) : text
      out += "  \(place): \(label) [\(VisibleText.escape(diagnostic.rule))] \(message)\n"
    }
    out += "\n" + footer(result)
    return out
  }

  private func heading(_ result: CheckResult) -> String {
    let loaded = result.loaded
    let county = loaded.catalog.county.map { "\($0.name) \($0.edition)" } ?? "清单"
    return VisibleText.escape("检查 \(county)（\(root)），规则配置：\(loaded.profile.id)") + "\n"
  }

  private func footer(_ result: CheckResult) -> String {
    let catalog = result.loaded.catalog
    let summary = result.summary
    var out = "共 \(catalog.files.count) 个文件：\(catalog.townships.count) 个乡镇，\(catalog.powers.count) 项权力事项，"
    out += "\(catalog.services.count) 项公共服务事项，\(catalog.villageMatters.count) 项委托村(居)承办事项。\n"
    if !result.loaded.loaded {
      out += paint("清单无法完整载入，未进行规则检查；请先修正上面的读取错误。", .red) + "\n"
    }
    var counts = "错误 \(summary.error) 条，警告 \(summary.warning) 条，提示 \(summary.info) 条，已豁免 \(summary.waived) 条"
    if let baseline = result.baseline {
      counts += "，基线中的已知问题 \(baseline.known) 条"
      if !baseline.stale.isEmpty {
        out += "基线中有 \(baseline.stale.count) 条问题已不再出现，可以从基线中删去（重新运行 --write-baseline）：\n"
        out += baseline.stale.map { VisibleText.escape("  [\($0.rule)] \($0.subject)：\($0.message)") + "\n" }.joined()
      }
    }
    counts += "。"
    if summary.total == 0 && result.loaded.loaded {
      out += paint("✓ 未发现问题", .green) + "（\(counts)）\n"
    } else {
      out += "结果：" + counts + "\n"
    }
    return out
  }

  private func displayPath(_ file: String) -> String {
    if file.hasPrefix("/") || root.isEmpty || root == "." { return file }
    return root.hasSuffix("/") ? root + file : root + "/" + file
  }

  private enum Style: String {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case cyan = "36"
  }

  private func style(_ severity: Severity) -> Style {
    switch severity {
    case .error: return .red
    case .warning: return .yellow
    case .info: return .cyan
    }
  }

  private func paint(_ text: String, _ style: Style) -> String {
    color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }
}
