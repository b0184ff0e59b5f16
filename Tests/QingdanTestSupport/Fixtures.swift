import Foundation

/// Every folder of test input and expected output, named once. Paths are relative to the package root, which is
/// where `CommandRunner` runs `qingdan`, so that they can be passed on a command line as they are and appear in
/// reports as they do for a user; `url(_:)` makes any of them absolute.
public enum Fixtures {
  /// The sample catalogs users are shown.
  public static let dejiang = "catalogs/dejiang"
  public static let dawang = "catalogs/dawang"
  /// An earlier edition of `dawang`, for `diff`.
  public static let dawangBatch1 = "catalogs/dawang-batch1"
  /// Every sample catalog.
  public static let sampleCatalogs = [dejiang, dawang, dawangBatch1]
  /// The folder of the sample catalogs.
  public static let catalogs = "catalogs"

  /// A catalog that breaks many rules, for the reports.
  public static let violations = "Tests/QingdanKitTests/Fixtures/violations"
  /// Golden files of rendered output (see `Golden`).
  public static let golden = "Tests/QingdanKitTests/Fixtures/golden"
  /// Catalog files that the JSON Schema and qingdan must both accept (`valid/`) or both reject (`invalid/`).
  public static let schema = "Tests/QingdanKitTests/Fixtures/schema"
  /// The hostile-input corpus: a base catalog and cases laid over it.
  public static let hostile = "Tests/Fixtures/hostile"
  /// The OASIS SARIF 2.1.0 schema (with its NOTICE), which SARIF reports are validated against.
  public static let sarifSchema = "Tests/QingdanKitTests/Fixtures/sarif/sarif-schema-2.1.0.json"
  /// The JSON Schemas the repository publishes for editors.
  public static let schemas = "schemas"

  /// The absolute location of a path relative to the package root.
  public static func url(_ relativePath: String) -> URL {
    CommandRunner.packageRoot.appendingPathComponent(relativePath)
  }

  /// The last component of a path: `dawang-batch1` for `catalogs/dawang-batch1`.
  public static func name(_ relativePath: String) -> String {
    URL(fileURLWithPath: relativePath).lastPathComponent
  }
}
