extension RulesReference: Reportable {
  public static let reportFormats: [ReportFormat] = [.human, .json]

  public static func reporter(_ format: ReportFormat, settings: ReportSettings) -> (any Reporter<RulesReference>)? {
    switch format {
    case .human: return RenderingReporter { $0.render() }
    case .json: return RenderingReporter { $0.renderJSON() }
    case .markdown, .sarif, .junit, .github: return nil
    }
  }
}
