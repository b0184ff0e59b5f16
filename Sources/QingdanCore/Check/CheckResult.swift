/// The outcome of checking one edition.
public struct CheckResult: Sendable {
  public var loaded: LoadedCatalog
  /// In report order.
  public var diagnostics: [Diagnostic]
  /// What a baseline (`--baseline`) made of the run, when one was given.
  public var baseline: BaselineOutcome?

  public init(loaded: LoadedCatalog, diagnostics: [Diagnostic], baseline: BaselineOutcome? = nil) {
    self.loaded = loaded
    self.diagnostics = diagnostics
    self.baseline = baseline
  }

  public var summary: DiagnosticSummary { DiagnosticSummary(diagnostics) }

  /// This result with `baseline` applied: known findings are marked and no longer fail the run.
  public func applying(_ baseline: Baseline) -> CheckResult {
    var result = self
    result.baseline = baseline.apply(to: &result.diagnostics)
    return result
  }

  /// 2 when the catalog did not load; 1 when a diagnostic at or above `failOn` is not waived; else 0.
  public func exitStatus(failOn: Severity) -> Int32 {
    Diagnostic.exitStatus(diagnostics, loaded: loaded.loaded, failOn: failOn)
  }
}
