import Foundation

/// The findings of a catalog recorded on the day an office adopts qingdan, so that CI fails only on new ones.
/// Entries are matched by fingerprint (rule, subject and what was found — not line numbers, which move), as
/// many times as they were recorded.
public struct Baseline: Sendable, Equatable {
  public struct Entry: Sendable, Equatable, Codable {
    public var fingerprint: String
    public var rule: String
    /// The item code, township id or file the finding is about.
    public var subject: String
    public var message: String
  }

  public var entries: [Entry]

  /// The baseline of a run's current findings (waived ones are excused already and not recorded).
  public init(recording diagnostics: [Diagnostic]) {
    entries = diagnostics.filter { !$0.waived }.map { diagnostic in
      Entry(
        fingerprint: Fingerprint.of(diagnostic), rule: diagnostic.rule,
        subject: diagnostic.code ?? diagnostic.township ?? diagnostic.location.file,
        message: Fingerprint.normalizedMessage(diagnostic))
    }.sorted { ($0.rule, $0.subject, $0.fingerprint) < ($1.rule, $1.subject, $1.fingerprint) }
  }

  public init(entries: [Entry]) {
    self.entries = entries
  }

  private struct File: Codable {
    var version: Int
    var tool: String
    var findings: [Entry]
  }

  public static func read(_ path: String) throws(QingdanError) -> Baseline {
    let bytes = try CatalogFiles.read(URL(fileURLWithPath: path))
    guard let file = try? JSONDecoder().decode(File.self, from: Data(bytes)), file.version == 1 else {
      throw .invalidArgument("基线文件“\(path)”无法识别；请用 qingdan check --write-baseline 重新生成。")
    }
    return Baseline(entries: file.findings)
  }

  /// Deterministic, readable JSON, one finding a line.
  public func render() -> String {
    let lines = entries.map { entry in
      "    {\"fingerprint\": \(JSONText.quoted(entry.fingerprint)), \"rule\": \(JSONText.quoted(entry.rule)), "
        + "\"subject\": \(JSONText.quoted(entry.subject)), \"message\": \(JSONText.quoted(entry.message))}"
    }
    return "{\n  \"version\": 1,\n  \"tool\": \"qingdan \(QingdanVersion.current)\",\n  \"findings\": ["
      + (lines.isEmpty ? "]\n}\n" : "\n" + lines.joined(separator: ",\n") + "\n  ]\n}\n")
  }

  /// Marks the diagnostics the baseline knows, and says which entries no longer occur.
  public func apply(to diagnostics: inout [Diagnostic]) -> BaselineOutcome {
    var remaining: [String: [Entry]] = Dictionary(grouping: entries, by: \.fingerprint)
    var known = 0
    for index in diagnostics.indices where !diagnostics[index].waived {
      let fingerprint = Fingerprint.of(diagnostics[index])
      guard var matches = remaining[fingerprint], !matches.isEmpty else { continue }
      matches.removeLast()
      remaining[fingerprint] = matches
      diagnostics[index].baselined = true
      known += 1
    }
    let stale = remaining.values.flatMap { $0 }.sorted { ($0.rule, $0.subject) < ($1.rule, $1.subject) }
    return BaselineOutcome(known: known, stale: stale)
  }
}

/// What a baseline made of a run: how many findings it knew, and its entries that no longer occur.
public struct BaselineOutcome: Sendable, Equatable {
  public var known: Int
  public var stale: [Baseline.Entry]
}
