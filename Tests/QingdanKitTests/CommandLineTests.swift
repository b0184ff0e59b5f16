import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// What the command line promises about its options: each command offers the formats its result is reported in,
/// refuses the others as a usage error, and says one version.
@Suite struct CommandLineTests {
  /// Each command that takes `--format`, with arguments that would otherwise succeed, and what it reports.
  static let commands: [(arguments: [String], formats: [ReportFormat])] = [
    (["check", Fixtures.dejiang], CheckResult.reportFormats),
    (["diff", Fixtures.dawangBatch1, Fixtures.dawang], EditionDiff.reportFormats),
    (["rules"], RulesReference.reportFormats),
  ]

  @Test(arguments: commands)
  func formatNotOfferedIsAUsageErrorNamingThoseThatAre(arguments: [String], formats: [ReportFormat]) throws {
    let refused = ReportFormat.allCases.filter { !formats.contains($0) }
    for format in refused {
      let output = try CommandRunner.run(arguments + ["--format", format.rawValue])
      #expect(output.status == 2, "\(arguments[0]) --format \(format)")
      #expect(output.stdout == "")
      #expect(output.stderr.contains("不支持输出格式 \(format.rawValue)"), "\(output.stderr)")
      for offered in formats { #expect(output.stderr.contains(offered.rawValue), "\(output.stderr)") }
    }
    for format in formats {
      let output = try CommandRunner.run(arguments + ["--format", format.rawValue])
      #expect([0, 1].contains(output.status), "\(arguments[0]) --format \(format): \(output.stderr)")
      #expect(output.stderr == "")
    }
  }

  @Test(arguments: commands)
  func helpListsTheFormatsOffered(arguments: [String], formats: [ReportFormat]) throws {
    let help = try CommandRunner.run([arguments[0], "--help"])
    #expect(help.status == 0)
    let values = "(values: " + formats.map(\.rawValue).joined(separator: ", ") + "; default: human)"
    // Help wraps its lines: compare with every run of spaces and line breaks as one space.
    let flowing = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flowing.contains(values), "\(help.stdout)")
  }

  @Test func versionIsTheLibrarys() throws {
    let output = try CommandRunner.run(["--version"])
    #expect(output.status == 0)
    #expect(output.stdout == QingdanVersion.current + "\n")
  }
}
