/// `--format markdown`: the 调整情况说明 an office publishes with a new edition — counts by kind and section,
/// then the items under each kind, in Chinese.
struct DiffMarkdownReporter: Reporter {
  static let listed: [ChangeSection] = [.powers, .services, .villageMatters, .townships, .departments]

  func render(_ diff: EditionDiff) -> String {
    let wording = ChangeWording(diff)
    let county = diff.new.catalog.county
    let oldEdition = diff.old.catalog.county?.edition ?? diff.oldName
    let newEdition = county?.edition ?? diff.newName
    var out = "# \(md(county?.name ?? ""))乡镇权责清单动态调整情况说明\n\n"
    out += "本说明列出\(md(county?.name ?? "本县"))乡镇权责清单由\(md(oldEdition))调整为\(md(newEdition))的全部变化"
    if let effective = county?.effective { out += "，新版自\(Wording.date(effective))起施行" }
    if let document = county?.approval?.document { out += "，经县人民政府批准（\(md(document))）" }
    out += "。\n\n"
    out += countsTable(diff)
    for kind in ChangeKind.allCases {
      let changes = Self.listed.flatMap { diff.changes($0, kind) }
      guard !changes.isEmpty else { continue }
      out += "\n## \(kind.chinese)（\(changes.count) 项）\n\n"
      out += "| 类别 | 编码 | 名称 | 说明 |\n|---|---|---|---|\n"
      for change in changes {
        out +=
          "| \(change.section.chinese) | \(md(change.code)) | \(md(change.name)) | \(md(wording.detail(change, kind))) |\n"
      }
    }
    if let countyChange = diff.changes.first(where: { $0.section == .county }) {
      out += "\n## 版次信息\n\n" + countyChange.fields.map { "- \(md(wording.field($0, in: .county)))\n" }.joined()
    }
    let ruleIDs = Set(ChangeRules.descriptors.map(\.id))
    let unresolved = diff.diagnostics.filter { !$0.waived }
    let changeFindings = unresolved.filter { ruleIDs.contains($0.rule) }
    if !changeFindings.isEmpty {
      out += "\n## 需要审核的变化\n\n" + changeFindings.map { "- \(md($0.message))\n" }.joined()
    }
    // The editions' own problems, as `check` finds them: errors and warnings one by one (each names its edition and
    // place), notes counted.
    let problems = unresolved.filter { !ruleIDs.contains($0.rule) }
    let listed = problems.filter { $0.severity != .info }
    if !problems.isEmpty {
      out += "\n## 清单检查发现的问题\n\n"
      out += listed.map {
        "- \(md(ChangeWording.place($0.location, old: $0.edition == .old, in: diff)))：\($0.severity.chinese)，\(md($0.message))\n"
      }.joined()
      let notes = problems.count - listed.count
      if notes > 0 { out += (listed.isEmpty ? "" : "\n") + "另有提示 \(notes) 条，用 qingdan check 查看。\n" }
    }
    return out
  }

  private func countsTable(_ diff: EditionDiff) -> String {
    guard !diff.changes.isEmpty else { return "两版清单内容相同。\n" }
    var out = "| 调整类型 | " + Self.listed.map(\.chinese).joined(separator: " | ") + " | 合计 |\n"
    out += "|---|" + String(repeating: "---:|", count: Self.listed.count + 1) + "\n"
    for kind in ChangeKind.allCases {
      let counts = Self.listed.map { diff.changes($0, kind).count }
      guard counts.contains(where: { $0 > 0 }) else { continue }
      out += "| \(kind.chinese) | " + counts.map(String.init).joined(separator: " | ") + " | \(counts.reduce(0, +)) |\n"
    }
    return out
  }

  /// Catalog text as Markdown text, its control and invisible characters written out (`VisibleText`).
  private func md(_ text: String) -> String { MarkdownText.escape(VisibleText.escape(text)) }
}
