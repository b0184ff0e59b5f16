import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// The JSON Schemas and qingdan's loader give the same verdict on every schema-level fault: over well over a
/// thousand mutants of the sample catalogs' files (scalars replaced by `7.0`, `0x0A`, `1e1`, `""`, `~`, values of
/// the wrong type, unknown and misspelt keys, merge keys, deleted fields, `min` above `max`, …), a file that
/// check-jsonschema rejects must get a `schema` or `load` finding from qingdan, and a file it accepts must get none.
/// check-jsonschema runs once per schema over all the files, so the test stays fast.
@Suite struct SchemaDifferentialTests {
  /// A kind of file and how qingdan and check-jsonschema read it.
  enum Kind: String, CaseIterable {
    case list, root, profile

    var schema: String { self == .profile ? ProfileSchema.fileName : CatalogSchema.fileName }
  }

  struct Mutant {
    var kind: Kind
    var name: String
    var text: String
    var what: String
    /// A fault JSON Schema cannot express (it cannot compare two values, as `min` and `max`): qingdan must
    /// reject the file, though check-jsonschema cannot.
    var schemaBlind = false
  }

  @Test func checkJSONSchemaAndQingdanAgreeOnMutants() throws {
    let mutants = try Self.mutants()
    #expect(mutants.count >= 1_000)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-mutants-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for mutant in mutants {
      try Data(mutant.text.utf8).write(to: folder.appendingPathComponent(mutant.name))
    }
    var rejectedBySchema = Set<String>()
    for kind in Kind.allCases {
      let names = mutants.filter { $0.kind == kind }.map(\.name)
      rejectedBySchema.formUnion(try Self.rejected(names, in: folder, schema: kind.schema))
    }
    let rejectedByQingdan = try Self.qingdanRejects(mutants)
    var disagreements = 0
    for mutant in mutants {
      let schema = rejectedBySchema.contains(mutant.name)
      let qingdan = rejectedByQingdan[mutant.name] ?? []
      if mutant.schemaBlind {
        #expect(!qingdan.isEmpty, "qingdan accepts \(mutant.name) (\(mutant.what))")
        continue
      }
      guard schema != !qingdan.isEmpty else { continue }
      disagreements += 1
      if disagreements <= 40 {
        Issue.record(
          """
          \(mutant.name) (\(mutant.what)): check-jsonschema \(schema ? "rejects" : "accepts"), qingdan \
          \(qingdan.isEmpty ? "accepts" : "rejects: \(qingdan.joined(separator: " | "))")
          """)
      }
    }
    #expect(disagreements == 0)
    // Both verdicts occur often: a generator whose mutants were all valid (or all broken) would prove nothing.
    #expect(rejectedBySchema.count > mutants.count / 4)
    #expect(rejectedBySchema.count < mutants.count * 3 / 4)
  }

  // MARK: check-jsonschema

  /// The files of `names` that check-jsonschema rejects (invalid or unparsable), from one run over them all.
  static func rejected(_ names: [String], in folder: URL, schema: String) throws -> Set<String> {
    let tool =
      ProcessInfo.processInfo.environment["QINGDAN_CHECK_JSONSCHEMA"]
      ?? CommandRunner.packageRoot.appendingPathComponent(".venv/bin/check-jsonschema").path
    guard FileManager.default.isExecutableFile(atPath: tool) else { throw Tool.Missing(name: "check-jsonschema") }
    let schemaPath = Fixtures.url(Fixtures.schemas).appendingPathComponent(schema).path
    let (status, output) = try Tool.runCapturing(
      tool, ["--schemafile", schemaPath, "--output-format", "json"] + names, in: folder)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "check-jsonschema: \(output)")
    var rejected = Set<String>()
    for key in ["errors", "parse_errors"] {
      for entry in report[key] as? [[String: Any]] ?? [] {
        if let file = entry["filename"] as? String { rejected.insert(file) }
      }
    }
    #expect((status == 0) == rejected.isEmpty, "check-jsonschema exit \(status)")
    return rejected
  }

  // MARK: qingdan

  /// Each rejected mutant's `schema` and `load` messages. List files load together beside a valid qingdan.yaml;
  /// a root file or a profile loads on its own.
  static func qingdanRejects(_ mutants: [Mutant]) throws -> [String: [String]] {
    let isFault = { (finding: Finding) in ["schema", "load"].contains(finding.rule) }
    var verdicts: [String: [String]] = [:]
    func collect(_ findings: [Finding], file: String, as name: String) {
      for finding in findings where isFault(finding) && finding.location.file == file {
        verdicts[name, default: []].append("\(finding.location.line):\(finding.location.column) \(finding.message)")
      }
    }
    var files = ["qingdan.yaml": try sample("dejiang/qingdan.yaml")]
    for mutant in mutants where mutant.kind == .list { files[mutant.name] = mutant.text }
    let loaded = try CatalogLoader().load(MemoryStorage(files: files))
    for mutant in mutants where mutant.kind == .list {
      collect(loaded.failures + loaded.catalog.schemaFindings, file: mutant.name, as: mutant.name)
    }
    for mutant in mutants where mutant.kind == .root {
      // The profile file the Dawang catalogs name, beside the mutant.
      let files = ["qingdan.yaml": mutant.text, "profile.yaml": try sample("dawang/profile.yaml")]
      let loaded = try CatalogLoader().load(MemoryStorage(files: files))
      collect(loaded.failures + loaded.catalog.schemaFindings, file: "qingdan.yaml", as: mutant.name)
    }
    let root = try sample("dejiang/qingdan.yaml").replacingOccurrences(
      of: "profile: dejiang-2018", with: "profile: profile.yaml")
    for mutant in mutants where mutant.kind == .profile {
      let storage = MemoryStorage(files: ["qingdan.yaml": root, "profile.yaml": mutant.text])
      let loaded = try CatalogLoader().load(storage)
      collect(loaded.failures + loaded.profileFindings, file: "profile.yaml", as: mutant.name)
    }
    return verdicts
  }

  static func sample(_ path: String) throws -> String {
    try String(contentsOf: Fixtures.url(Fixtures.catalogs).appendingPathComponent(path), encoding: .utf8)
  }
}
