import Foundation
import Testing

/// What every run of a hostile case must satisfy, whatever the case: no crash, a report that parses, and each
/// diagnostic a located Chinese sentence that ends with its citation.
enum HostileExpectations {
  /// Longest message a diagnostic may have: a value quoted in a message must not carry a whole file into it.
  static let maxMessageLength = 1_000

  /// The diagnostics of a JSON report that are not waived, as (rule, file, line, column, message).
  struct Reported: Equatable, CustomStringConvertible {
    var rule: String
    var file: String
    var line: Int
    var column: Int
    var message: String

    var description: String { "\(rule) \(file):\(line):\(column) \(message.prefix(160))" }

    func matches(_ expected: HostileCase.ExpectedDiagnostic) -> Bool {
      rule == expected.rule && file == expected.file && line == expected.line && column == expected.column
        && message.contains(expected.message)
    }
  }

  static func parse(json: String) -> [Reported]? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
      let diagnostics = object["diagnostics"] as? [[String: Any]]
    else { return nil }
    return diagnostics.filter { $0["waived"] as? Bool != true }.map {
      Reported(
        rule: $0["rule"] as? String ?? "", file: $0["file"] as? String ?? "", line: $0["line"] as? Int ?? 0,
        column: $0["column"] as? Int ?? 0, message: $0["message"] as? String ?? "")
    }
  }

  /// The run's report against what the case expects.
  static func check(_ reported: [Reported], against run: HostileCase.Run, secret: String) {
    for diagnostic in reported {
      #expect(!diagnostic.file.hasPrefix("/") && !diagnostic.file.isEmpty, "file of \(diagnostic)")
      #expect(diagnostic.line >= 1 && diagnostic.column >= 1, "location of \(diagnostic)")
      #expect(diagnostic.message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(diagnostic)")
      #expect(diagnostic.message.hasSuffix("）"), "citation of \(diagnostic)")
      #expect(diagnostic.message.count <= maxMessageLength, "message of \(diagnostic.message.count) characters")
      #expect(!diagnostic.message.contains(secret), "a file outside the catalog was read: \(diagnostic)")
    }
    guard let expected = run.diagnostics else { return }
    for want in expected {
      #expect(reported.contains { $0.matches(want) }, "expected \(want); reported: \(reported)")
    }
    if run.someDiagnostics != true {
      let unexpected = reported.filter { got in !expected.contains { got.matches($0) } }
      #expect(unexpected.isEmpty, "unexpected: \(unexpected)")
    }
  }

  /// Every file and link below `url` (or `url` itself), links as their targets: to show that nothing changed.
  static func snapshot(_ url: URL) -> [String: String] {
    var entries: [String: String] = [:]
    func visit(_ url: URL, _ relative: String) {
      var info = stat()
      guard lstat(url.path, &info) == 0 else { return }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        entries[relative] = "link → " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?")
      case S_IFDIR:
        entries[relative + "/"] = "folder"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
          visit(url.appendingPathComponent(name), relative + "/" + name)
        }
      default:
        let data = (try? Data(contentsOf: url)) ?? Data()
        entries[relative] = "\(data.count) bytes, hash \(data.hashValue)"
      }
    }
    visit(url, "")
    return entries
  }

  static func isLink(_ url: URL) -> Bool {
    var info = stat()
    return lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  static func exists(_ url: URL) -> Bool {
    var info = stat()
    return lstat(url.path, &info) == 0
  }
}
