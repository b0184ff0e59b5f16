import ArgumentParser
import Foundation
import QingdanKit

/// Where a report goes, how it looks on a terminal, and which findings fail the command.
struct ReportOptions: ParsableArguments {
  @Option(help: "把报告写入此文件（整体写入，不会留下半个文件）；终端上仍显示给人看的结果。")
  var output: String?

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp(
      "达到此级别即以退出码 1 结束：\(HelpList.phrase(Severity.allCases.reversed().map(\.rawValue), default: Severity.error.rawValue))。"
    ))
  var failOn: Severity = .error

  @Option(
    help: ArgumentHelp(
      "颜色：\(HelpList.phrase(ColorChoice.allCases.map(\.rawValue), default: ColorChoice.auto.rawValue, notes: [ColorChoice.auto.rawValue: "终端上才着色"]))。"
    ))
  var color: ColorChoice = .auto

  /// Writes `subject`'s report in `format`: to `--output` (whole) with the human report on the terminal, or to the
  /// terminal. `root`: the catalog folder as named, for a check's paths; `catalogs`: folders the report must not
  /// replace a file of.
  func deliver<Subject: Reportable>(
    _ subject: Subject, in format: ReportFormat, root: String = ".", catalogs: [URL]
  ) throws(QingdanError) {
    let settings = ReportSettings(root: root, color: color.enabled && output == nil, failOn: failOn)
    guard let report = subject.report(format, settings: settings) else {
      throw .invalidArgument("此命令不支持输出格式 \(format.rawValue)。")
    }
    try ReportDelivery.deliver(report, to: output, catalogs: catalogs) {
      subject.report(.human, settings: ReportSettings(root: root, color: color.enabled, failOn: failOn)) ?? ""
    }
  }
}

extension Severity: ExpressibleByArgument {}
