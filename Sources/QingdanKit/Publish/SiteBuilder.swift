import Foundation

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
    /// Built; `draft` when built with `--force` from a catalog with errors.
    case built(files: [String], draft: Bool)
    /// Not built: the catalog did not load (exit 2) or has errors (exit 1).
    case refused(CheckResult)
  }

  public init() {}

  public func build(_ result: CheckResult, catalogRoot: URL, options: Options) throws(QingdanError) -> Outcome {
    let errors = result.diagnostics.contains { !$0.waived && $0.severity == .error }
    guard result.loaded.loaded, !errors || options.force else { return .refused(result) }
    let folder = OutputFolder(path: options.output)
    try folder.validate(catalogRoot: catalogRoot)
    let weasyprint = options.pdf ? try WeasyPrint.locate() : nil
    let files = GuideBuilder(Publication(result: result, draft: errors)).render()
    try folder.replace(with: files) { (staging: URL) throws(QingdanError) in
      guard let weasyprint else { return }
      try weasyprint.render(
        html: staging.appendingPathComponent("handbook.html"), pdf: staging.appendingPathComponent("handbook.pdf"))
    }
    return .built(files: files.keys.sorted() + (options.pdf ? ["handbook.pdf"] : []), draft: errors)
  }
}
