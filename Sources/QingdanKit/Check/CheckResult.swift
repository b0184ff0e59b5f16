/// The outcome of checking one edition.
public struct CheckResult: Sendable {
  public var loaded: LoadedCatalog
  /// In report order.
  public var diagnostics: [Diagnostic]

  public var summary: DiagnosticSummary { DiagnosticSummary(diagnostics) }

  /// 2 when the catalog did not load; 1 when a diagnostic at or above `failOn` is not waived; else 0.
  public func exitStatus(failOn: Severity) -> Int32 {
    if !loaded.loaded { return 2 }
    return diagnostics.contains { !$0.waived && $0.severity >= failOn } ? 1 : 0
  }
}
