import Foundation

/// Golden files: rendered output compared with a file under `Fixtures.golden`.
/// Run with `QINGDAN_RECORD=1` to write the files anew, then review them in the diff like code.
public enum Golden {
  public static let folder = Fixtures.url(Fixtures.golden)

  /// nil when `actual` matches the golden file (or was just recorded); else a message with the first difference.
  public static func compare(_ actual: String, to name: String) throws -> String? {
    let file = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["QINGDAN_RECORD"] == "1" {
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: file, options: .atomic)
      return nil
    }
    guard let expected = try? String(decoding: Data(contentsOf: file), as: UTF8.self) else {
      return "golden file \(name) is missing; run the tests with QINGDAN_RECORD=1 to record it"
    }
    guard expected != actual else { return nil }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
      let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
      if want != got { return "\(name) differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)" }
    }
    return "\(name) differs"
  }
}
