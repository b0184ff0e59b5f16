import Foundation
import QingdanTestSupport
import Testing

/// One case of the hostile-input corpus (`Tests/Fixtures/hostile/cases/NAME/`): files laid over the corpus's
/// small valid catalog (`files/`), steps that make what cannot be committed (`setup`), and the runs of `qingdan`
/// with what each must give (`expect.json`). See `Tests/Fixtures/hostile/README.md`.
struct HostileCase: Decodable, Sendable, CustomTestStringConvertible {
  /// The case's folder name.
  var name = ""
  /// The hazard, in the words of issue 7.
  var hazard: String
  /// The catalog folder's name inside the work folder.
  var catalog: String?
  var setup: [SetupStep]?
  var runs: [Run]
  /// A bug that cannot be fixed in the files this corpus may change: the runs are expected to fail, and the
  /// test says so when they stop failing.
  var knownIssue: String?

  var testDescription: String { name }

  private enum CodingKeys: String, CodingKey {
    case hazard, catalog, setup, runs, knownIssue
  }

  /// A step that prepares the work folder. Paths are relative to the catalog unless they start with a
  /// placeholder: `{work}` (the work folder), `{outside}` (a folder beside the catalog), `{disk}` (a small file
  /// system of its own, see `tmpfs`).
  struct SetupStep: Decodable, Sendable {
    var action: Action
    var path: String
    /// For `link`: where the link points (as written into the link).
    var target: String?
    /// For `chmod`: octal mode.
    var mode: String?
    /// For `generate`: what to write, and how many times (`count`) or how large (`bytes`).
    var pattern: Pattern?
    var count: Int?
    var bytes: Int?
    /// For `write`: the text to write; for `edit`: the text that replaces the first occurrence of `find`.
    var text: String?
    var find: String?

    enum Action: String, Decodable, Sendable {
      /// `copyBase` copies the corpus's base catalog to `path`, for a second catalog in one case; `build` builds the
      /// catalog into `path` with `qingdan build`; `move` renames `path` to `target`; `encodeNameGBK` renames
      /// `path` to its own name in GBK bytes (as unzipping a Windows archive does); `tmpfs` mounts a file system of
      /// `bytes` at `{disk}`; `edit` changes a file's text (after a `build`, so that the next build has pages to write).
      case remove, mkdir, link, chmod, fifo, sparse, generate, write, copyBase, build, edit, move, encodeNameGBK, tmpfs
    }

    enum Pattern: String, Decodable, Sendable {
      /// `services: [[[…]]]`, `count` levels.
      case nestedFlowSequences
      /// `services: {a: {a: …}}`, `count` levels.
      case nestedFlowMappings
      /// `- - - … x`, `count` levels of block sequences on one line.
      case nestedBlockSequences
      /// A service whose name is `count` Chinese characters.
      case hugeScalar
      /// `count` valid services in one file.
      case manyServices
    }
  }

  /// One run of `qingdan` (or, with `mutation`, of the library's loader on a catalog that changes while it is
  /// read). Without `args`, the run is `check {catalog}`, once with `--format json` and once for people.
  struct Run: Decodable, Sendable {
    var args: [String]?
    var mutation: Mutation?
    var exit: Int32
    /// Every diagnostic that is not waived, in any order; all of them, unless `someDiagnostics`.
    var diagnostics: [ExpectedDiagnostic]?
    var someDiagnostics: Bool?
    var stderr: String?
    var stdout: String?
    /// Folders and files that must be byte for byte the same after the run as before it.
    var unchanged: [String]?
    /// Paths that must not exist after the run, and paths that must (and are not links).
    var absent: [String]?
    var present: [String]?
    /// A folder that must hold exactly these names after the run: nothing was left beside the output.
    var listing: Listing?
    /// Fill `{disk}` before the run, leaving this many bytes free.
    var fillDiskLeaving: Int?
    /// Run under `ulimit -f` with this many KiB: writing a larger file fails as on a full disk.
    var fileSizeLimitKB: Int?
    /// Run as an unprivileged user (when the tests run as root, whom file permissions do not stop).
    var unprivileged: Bool?
  }

  struct Listing: Decodable, Sendable {
    var path: String
    var names: [String]
  }

  /// What a run's JSON report must contain.
  struct ExpectedDiagnostic: Decodable, Sendable, CustomStringConvertible {
    var rule: String
    var file: String
    var line: Int
    var column: Int
    /// A fragment of the message.
    var message: String

    var description: String { "\(rule) \(file):\(line):\(column) …\(message)…" }
  }

  /// A change made to the catalog after its files were listed and before they are read.
  struct Mutation: Decodable, Sendable {
    var action: Action
    var path: String

    enum Action: String, Decodable, Sendable {
      /// The file is deleted.
      case delete
      /// The file is replaced by a folder of the same name.
      case replaceWithFolder
      /// The file is replaced by a link to `{outside}/secret.yaml`.
      case linkOutside
      /// The file is cut in half, as by an editor that is still saving it.
      case truncateHalf
    }
  }
}

/// The corpus on disk.
enum HostileCorpus {
  static let root = Fixtures.url(Fixtures.hostile)
  static let base = root.appendingPathComponent("base")

  /// Every case, sorted by name; a manifest that does not decode is reported by `HostileCorpusTests`.
  static let cases: [HostileCase] = (try? load()) ?? []

  static func load() throws -> [HostileCase] {
    let folder = root.appendingPathComponent("cases")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
      let manifest = folder.appendingPathComponent(name).appendingPathComponent("expect.json")
      var hostile = try JSONDecoder().decode(HostileCase.self, from: Data(contentsOf: manifest))
      hostile.name = name
      return hostile
    }
  }

  static func files(of hostile: HostileCase) -> URL {
    root.appendingPathComponent("cases").appendingPathComponent(hostile.name).appendingPathComponent("files")
  }
}
