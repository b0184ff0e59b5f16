import Foundation
import QingdanCore

/// `qingdan build`: publishes a checked catalog as the guide, the table, the Markdown handbook and, on request,
/// the PDF handbook — or refuses, writing nothing, when the catalog has errors and no draft was asked for.
public struct SiteBuilder {
  public struct Options: Sendable {
    public var output: String
    public var pdf: Bool
    public var force: Bool

    public init(output: String, pdf: Bool, force: Bool) {
      self.output = output
      self.pdf = pdf
      self.force = force
    }
  }

  public enum Outcome: Sendable {
    /// Built: the paths of the files written, in no particular order; `draft` when built with `--force` from a
    /// catalog with errors. `publication` is what the files were made from: a command that is about to exit may
    /// keep it rather than free a province's worth of it.
    case built(files: [String], draft: Bool, publication: Publication)
    /// Not built: the catalog did not load (exit 2) or has errors (exit 1).
    case refused(CheckResult)
  }

  public init() {}

  /// `changes`, when given, is the diff from an earlier edition to this one (`--since`).
  public func build(_ result: CheckResult, catalogRoot: URL, options: Options, changes: EditionDiff? = nil)
    throws(QingdanError) -> Outcome
  {
    var result = result
    if let changes {
      // A change the rules forbid (a statutory power taken back) stops the build like any other error.
      let ruleIDs = Set(ChangeRules.descriptors.map(\.id))
      result.diagnostics = (result.diagnostics + changes.diagnostics.filter { ruleIDs.contains($0.rule) })
        .sorted(by: Diagnostic.reportOrder)
    }
    let errors = result.diagnostics.contains { !$0.waived && $0.severity == .error }
    guard result.loaded.loaded, !errors || options.force else { return .refused(result) }
    let folder = OutputFolder(path: options.output)
    try folder.validate(catalogRoot: catalogRoot)
    let weasyprint = options.pdf ? try WeasyPrint.locate() : nil
    let publication = Publication(result: result, draft: errors, changes: changes)
    let files = GuideBuilder(publication, printEdition: options.pdf).files()
    // The files render straight into the staging folder, on every core, as they are written.
    try folder.replace(with: files) { (staging: URL) throws(QingdanError) in
      guard let weasyprint else { return }
      try weasyprint.render(
        html: staging.appendingPathComponent("handbook.html"), pdf: staging.appendingPathComponent("handbook.pdf"))
    }
    let written = files.map(\.path) + (options.pdf ? ["handbook.pdf"] : [])
    return .built(files: written, draft: errors, publication: publication)
  }
}
