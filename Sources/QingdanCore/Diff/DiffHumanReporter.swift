/// `--format human`: changes grouped by section and kind, each with the place it is in the new edition (or the
/// old one for a removal), then the diagnostics and a summary. Catalog text is shown through `VisibleText`.
struct DiffHumanReporter: Reporter {
  let color: Bool

  func render(_ diff: EditionDiff) -> String {
    let wording = ChangeWording(diff)
    var out = VisibleText.escape("比较 \(diff.oldName) → \(diff.newName)（规则配置：\(diff.new.profile.id)）") + "\n"
    if diff.changes.isEmpty && diff.loaded { out += "\n两版清单内容相同。\n" }
    for section in ChangeSection.allCases {
      let kinds = ChangeKind.allCases.map { ($0, diff.changes(section, $0)) }.filter { !$0.1.isEmpty }
      guard !kinds.isEmpty else { continue }
      out += "\n" + paint(section.chinese, "1") + "\n"
      for (kind, changes) in kinds {
        out += "  \(kind.chinese)（\(changes.count)）\n"
        for change in changes {
          let detail = wording.detail(change, kind)
          let line = "    \(ChangeWording.place(change, in: diff))  \(change.code) \(change.name)"
          out += VisibleText.escape(line + (detail.isEmpty ? "" : "：\(detail)")) + "\n"
        }
      }
    }
    if !diff.diagnostics.isEmpty {
      out += "\n" + paint("需要注意", "1") + "\n"
      for diagnostic in diff.diagnostics {
        let label = diagnostic.waived ? "已豁免" : diagnostic.severity.chinese
        let place = ChangeWording.place(diagnostic.location, old: diagnostic.edition == .old, in: diff)
        out += VisibleText.escape("  \(place): \(label) [\(diagnostic.rule)] \(diagnostic.message)") + "\n"
      }
    }
    let counts = ChangeKind.allCases.compactMap { kind -> String? in
      let count = diff.changes.filter { $0.kinds.contains(kind) }.count
      return count == 0 ? nil : "\(kind.chinese) \(count)"
    }
    let summary = diff.summary
    out += "\n共 \(diff.changes.count) 处变化" + (counts.isEmpty ? "" : "（\(counts.joined(separator: "，"))）") + "。"
    out += "错误 \(summary.error) 条，警告 \(summary.warning) 条，提示 \(summary.info) 条，已豁免 \(summary.waived) 条。\n"
    if !diff.loaded { out += "有一版清单无法载入，未进行比较；请先修正上面的读取错误。\n" }
    return out
  }

  private func paint(_ text: String, _ code: String) -> String {
    color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
