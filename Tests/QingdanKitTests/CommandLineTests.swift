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

/// A path that starts with a dash: swift-argument-parser alone read `-dashdir` as the short flags `-d -a -s -h …`
/// and printed the help with exit 0, having checked and built nothing.
@Suite struct DashedPathTests {
  @Test func anExistingFolderStartingWithADashIsTakenAsOne() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-dash-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: base) }
    try FileManager.default.copyItem(
      at: CommandRunner.packageRoot.appendingPathComponent(Fixtures.dejiang),
      to: base.appendingPathComponent("-dashdir"))

    let check = try CommandRunner.run(["check", "-dashdir", "--format", "json"], in: base)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.hasPrefix("{"), "\(check.stdout)")

    let build = try CommandRunner.run(["build", "-dashdir", "--out", "s"], in: base)
    #expect(build.status == 0, "\(build.stderr)")
    #expect(FileManager.default.fileExists(atPath: base.appendingPathComponent("s/index.html").path))

    // After `--` every word is a path, as it always was.
    #expect(try CommandRunner.run(["check", "--", "-dashdir"], in: base).status == 0)
  }

  @Test(arguments: [["check", "-dashdir"], ["build", "-dashdir", "--out", "s"], ["check", "-x"]])
  func aMissingOneIsAUsageErrorThatSaysHowToNameIt(arguments: [String]) throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-dash-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: base) }
    let output = try CommandRunner.run(arguments, in: base)
    #expect(output.status == 2)
    #expect(output.stdout == "")
    #expect(output.stderr.contains("./\(arguments[1])") && output.stderr.contains("--"), "\(output.stderr)")
    #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("s").path))
  }

  @Test func helpIsStillHelp() throws {
    for flag in ["-h", "-help", "--help"] {
      let output = try CommandRunner.run(["check", flag])
      #expect(output.status == 0)
      #expect(output.stdout.contains("--format"), "\(flag)")
    }
  }
}
