/// What changed between two editions of a catalog, and what the rules on changes say about it.
public struct EditionDiff: Sendable {
  public var old: LoadedCatalog
  public var new: LoadedCatalog
  /// Names for the two editions in reports: a folder or `REV:path`.
  public var oldName: String
  public var newName: String
  /// Where each edition's files are for CI reports (see `CatalogStorage.reportRoot`).
  public var oldRoot: String
  public var newRoot: String
  /// In report order.
  public var changes: [Change]
  /// In report order.
  public var diagnostics: [Diagnostic]

  public var loaded: Bool { old.loaded && new.loaded }

  public var summary: DiagnosticSummary { DiagnosticSummary(diagnostics) }

  /// Exits like `check`: 2 when an edition did not load, 1 when a diagnostic at or above `failOn` remains.
  public func exitStatus(failOn: Severity) -> Int32 {
    Diagnostic.exitStatus(diagnostics, loaded: loaded, failOn: failOn)
  }

  /// The changes of one kind in one section.
  public func changes(_ section: ChangeSection, _ kind: ChangeKind) -> [Change] {
    changes.filter { $0.section == section && $0.kinds.contains(kind) }
  }
}
