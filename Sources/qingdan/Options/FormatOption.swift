import ArgumentParser
import QingdanKit

/// `--format`, offering exactly the formats `Subject` is reported in. Any format's name parses, so that one this
/// command does not offer is a usage error that names those it does, in Chinese.
struct FormatOption<Subject: Reportable>: ParsableArguments {
  @Option(
    name: .customLong("format"),
    help: ArgumentHelp("输出格式：\(HelpList.formats(Subject.reportFormats))。", valueName: "format"))
  var choice = FormatChoice<Subject>(.human)

  /// The format asked for, one of `Subject.reportFormats` once parsed.
  var format: ReportFormat { choice.format }

  func validate() throws {
    guard Subject.reportFormats.contains(format) else {
      throw ValidationError(
        "此命令不支持输出格式 \(format.rawValue)；可用的格式：\(HelpList.formats(Subject.reportFormats))。")
    }
  }
}

/// A `--format` value: any of qingdan's formats, listed in help and completions as `Subject`'s.
struct FormatChoice<Subject: Reportable>: ExpressibleByArgument {
  let format: ReportFormat

  init(_ format: ReportFormat) {
    self.format = format
  }

  init?(argument: String) {
    guard let format = ReportFormat(rawValue: argument) else { return nil }
    self.format = format
  }

  var defaultValueDescription: String { format.rawValue }

  static var allValueStrings: [String] { Subject.reportFormats.map(\.rawValue) }
}
