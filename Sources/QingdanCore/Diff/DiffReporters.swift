extension EditionDiff: Reportable {
  public static let reportFormats: [ReportFormat] = [.human, .markdown, .json, .sarif, .junit, .github]

  /// `settings.root` is not used: a diff's reports name each edition as the command was given it.
  public static func reporter(_ format: ReportFormat, settings: ReportSettings) -> (any Reporter<EditionDiff>)? {
    switch format {
    case .human: return DiffHumanReporter(color: settings.color)
    case .markdown: return DiffMarkdownReporter()
    case .json: return DiffJSONReporter()
    case .sarif:
      return RenderingReporter { diff in
        SARIFReporter(
          paths: diff.paths, profile: diff.new.profile, command: "diff", subject: diff.newRoot,
          exitCode: diff.exitStatus(failOn: settings.failOn), loaded: diff.loaded
        ).render(diff.diagnostics)
      }
    case .junit: return RenderingReporter { JUnitReporter(paths: $0.paths, failOn: settings.failOn).render($0) }
    case .github: return RenderingReporter { GitHubReporter(paths: $0.paths).render($0.diagnostics) }
    }
  }
}

extension EditionDiff {
  /// File paths for CI reports: a diagnostic's in the edition it names; a change's in the new edition, or in the old
  /// one for a removal.
  var paths: ReportPaths {
    var paths = ReportPaths(root: newRoot)
    paths.oldRoot = oldRoot
    paths.oldLocations = Set(changes.filter(\.inOldEdition).map(\.location))
    return paths
  }
}

/// Shared wording of changes: field names in Chinese, township ids as township names.
package struct ChangeWording {
  /// Township id → name, from both editions (the new name wins).
  let townshipNames: [String: String]
  /// Townships of the old edition the new one neither lists nor says were merged into another: what `all` lost.
  let dropped: [String]

  package init(_ diff: EditionDiff) {
    var names: [String: String] = [:]
    for township in diff.old.catalog.townships + diff.new.catalog.townships { names[township.id] = township.name }
    townshipNames = names
    let scopes = ScopeSets(old: diff.old.catalog, new: diff.new.catalog)
    dropped = scopes.lost(from: .all, to: .all)
  }

  /// `承诺办结时限：20 → 15`; `实施范围：全部乡镇（街道） → 甲镇、乙镇`.
  func field(_ change: FieldChange, in section: ChangeSection) -> String {
    if change.field == "townships", change.old == "all", change.new == "all" {
      let names = dropped.map { townshipNames[$0] ?? $0 }.joined(separator: "、")
      return "\(FieldLabels.label(change.field, in: section))：全部乡镇（街道），但\(names)不在新版中，也未写明并入哪个乡镇（merged_into）"
    }
    return
      "\(FieldLabels.label(change.field, in: section))：\(value(change.old, change.field)) → \(value(change.new, change.field))"
  }

  private func value(_ text: String?, _ field: String) -> String {
    guard let text, !text.isEmpty else { return "（无）" }
    guard field == "townships" else { return text }
    if text == "all" { return "全部乡镇（街道）" }
    return text.split(separator: "、").map { townshipNames[String($0)] ?? String($0) }.joined(separator: "、")
  }

  /// The details worth saying for `change` under `kind`.
  package func detail(_ change: Change, _ kind: ChangeKind) -> String {
    switch kind {
    case .added: return ""
    case .removed:
      guard let target = change.fields.first(where: { $0.field == "merged_into" })?.new else { return "" }
      return "并入\(townshipNames[target] ?? target)"
    case .renamed: return "原名“\(change.fields.first { $0.field == "name" }?.old ?? "")”"
    case .recoded: return "原编码 \(change.oldCode ?? "")"
    case .extended, .narrowed:
      return change.fields.first { $0.field == "townships" }.map { field($0, in: change.section) } ?? ""
    case .modified:
      return change.fields.filter { !["name", "code", "townships"].contains($0.field) }.map {
        field($0, in: change.section)
      }
      .joined(separator: "；")
    }
  }

  /// Where a change is, as a path a reader can open: `catalogs/dawang/powers/a.yaml:12:5`.
  static func place(_ change: Change, in diff: EditionDiff) -> String {
    place(change.location, old: change.inOldEdition, in: diff)
  }

  static func place(_ location: SourceLocation, old: Bool, in diff: EditionDiff) -> String {
    let root = old ? diff.oldName : diff.newName
    let separator = root.hasSuffix("/") || root.hasSuffix(":") ? "" : "/"
    return "\(root)\(separator)\(location)"
  }
}
