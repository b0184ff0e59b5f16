import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// The JSON Schemas in `schemas/` stay true to the loader: check-jsonschema and qingdan's own `schema` rule agree
/// on every fixture, valid and invalid.
@Suite struct JSONSchemaTests {
  static let fixtures = Fixtures.url(Fixtures.schema)
  static let schemas = Fixtures.url(Fixtures.schemas)

  /// The fixtures of `kind` (`valid` or `invalid`), as `kind/name.yaml`; thrown when the folder cannot be read.
  static func listFixtures(_ kind: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(kind).path)
      .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(kind)/\($0)" }
  }

  /// The test cases; a folder that cannot be read gives none here, and fails `everyKindHasFixtures`.
  static func fixtures(_ kind: String) -> [String] {
    (try? listFixtures(kind)) ?? []
  }

  private func checkJSONSchema(_ arguments: [String]) throws -> Bool {
    let tool =
      ProcessInfo.processInfo.environment["QINGDAN_CHECK_JSONSCHEMA"]
      ?? CommandRunner.packageRoot.appendingPathComponent(".venv/bin/check-jsonschema").path
    guard FileManager.default.isExecutableFile(atPath: tool) else { throw Tool.Missing(name: "check-jsonschema") }
    do {
      try Tool.run(tool, arguments)
      return true
    } catch is Tool.Failed {
      return false
    }
  }

  /// Whether qingdan finds the file well-formed: no `schema` or `load` finding in it.
  private func qingdanAccepts(_ fixture: String) throws -> Bool {
    var catalog = FixtureCatalog()
    catalog.files["extra/fixture.yaml"] = String(
      decoding: try Data(contentsOf: Self.fixtures.appendingPathComponent(fixture)), as: UTF8.self)
    let diagnostics = try catalog.check().diagnostics
    return !diagnostics.contains { ["schema", "load"].contains($0.rule) && $0.location.file == "extra/fixture.yaml" }
  }

  @Test(arguments: fixtures("valid") + fixtures("invalid"))
  func checkJSONSchemaAgreesWithQingdan(fixture: String) throws {
    let expected = fixture.hasPrefix("valid/")
    let schema = Self.schemas.appendingPathComponent(CatalogSchema.fileName).path
    let path = Self.fixtures.appendingPathComponent(fixture).path
    #expect(try checkJSONSchema(["--schemafile", schema, path]) == expected, "check-jsonschema on \(fixture)")
    #expect(try qingdanAccepts(fixture) == expected, "qingdan on \(fixture)")
  }

  /// Without this, a missing or emptied fixture folder would leave the test above with no cases, and passing.
  @Test(arguments: ["valid", "invalid"])
  func everyKindHasFixtures(kind: String) throws {
    #expect(try !Self.listFixtures(kind).isEmpty, "no fixtures in \(Fixtures.schema)/\(kind)")
  }

  @Test func exampleCatalogsAndProfilesValidate() throws {
    let catalog = Self.schemas.appendingPathComponent(CatalogSchema.fileName).path
    let profile = Self.schemas.appendingPathComponent(ProfileSchema.fileName).path
    for folder in Fixtures.sampleCatalogs {
      let root = Fixtures.url(folder)
      let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".yaml") }
      let catalogFiles = files.filter { $0 != "profile.yaml" }.map { root.appendingPathComponent($0).path }
      #expect(try checkJSONSchema(["--schemafile", catalog] + catalogFiles), "\(folder)")
      if files.contains("profile.yaml") {
        #expect(try checkJSONSchema(["--schemafile", profile, root.appendingPathComponent("profile.yaml").path]))
      }
    }
    #expect(try checkJSONSchema(["--check-metaschema", catalog, profile]))
  }

  @Test func committedSchemasAreWhatTheToolWrites() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-schema-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    #expect(try CommandRunner.run(["schema", "--out", out.path]).status == 0)
    for name in [CatalogSchema.fileName, ProfileSchema.fileName] {
      let written = try Data(contentsOf: out.appendingPathComponent(name))
      #expect(
        written == (try Data(contentsOf: Self.schemas.appendingPathComponent(name))),
        "schemas/\(name) is stale: run qingdan schema --out schemas")
    }
  }

  @Test func everyFieldHasAChineseDescription() throws {
    for document in [CatalogSchema.document, ProfileSchema.document] {
      let json = try JSONSerialization.jsonObject(with: Data(document.rendered().utf8))
      var fields = 0
      func walk(_ value: Any) {
        if let object = value as? [String: Any] {
          if let properties = object["properties"] as? [String: Any] {
            for (name, field) in properties {
              fields += 1
              let field = field as? [String: Any] ?? [:]
              let title = field["title"] as? String ?? ""
              let description = field["description"] as? String ?? ""
              #expect(!title.isEmpty && !description.isEmpty, "\(name) has no title or description")
              #expect(title.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(name)'s title is not Chinese")
            }
          }
          object.values.forEach(walk)
        } else if let array = value as? [Any] {
          array.forEach(walk)
        }
      }
      walk(json)
      #expect(fields > 50)
    }
  }
}
