import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// `qingdan init` and the pre-commit hook, as a county office would use them.
@Suite struct InitAndHooksTests {
  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func initWritesACatalogThatChecksAndBuilds() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let catalog = root.appendingPathComponent("新县 清单")
    let created = try CommandRunner.run(["init", catalog.path, "--name", "新县", "--code", "520627"])
    #expect(created.status == 0, "\(created.stderr)")
    let check = try CommandRunner.run(["check", catalog.path, "--fail-on", "info"])
    #expect(check.status == 0, "\(check.stdout)")
    #expect(check.stdout.contains("新县 2025年版"))
    #expect(
      try CommandRunner.run(["build", catalog.path, "--out", root.appendingPathComponent("site").path]).status == 0)
    for path in [
      ".gitignore", ".github/workflows/qingdan.yml", ".gitlab-ci.yml", ".pre-commit-config.yaml",
      "schemas/catalog.schema.json",
    ] {
      #expect(FileManager.default.fileExists(atPath: catalog.appendingPathComponent(path).path), "\(path)")
    }
    let township = String(
      decoding: try Data(contentsOf: catalog.appendingPathComponent("townships/shili.yaml")), as: UTF8.self)
    #expect(township.contains("# 9 位乡级行政区划代码"))
    #expect(township.contains("code: \"520627100\""))

    // It refuses a folder that already holds a catalog, and changes nothing there.
    let again = try CommandRunner.run(["init", catalog.path])
    #expect(again.status == 2 && again.stderr.contains("已有清单"))
    #expect(try CommandRunner.run(["init", root.appendingPathComponent("x").path, "--code", "52"]).status == 2)
  }

  private var scaffold: [String: String] { Scaffold(countyName: "某县", countyCode: "520626").files }

  /// The GitHub workflow's check step, run as Actions runs it (`bash -e`) on a catalog that fails check: it still
  /// prints the annotations, writes the SARIF and records check's exit code, the upload runs after it whatever
  /// happened, and the last step fails the job with that exit code.
  @Test func workflowStillReportsWhenCheckFails() throws {
    let workflow = try PlainYAML(parsing: try #require(scaffold[".github/workflows/qingdan.yml"]))
    let steps = try #require(workflow["jobs"]?["check"]?["steps"]).items
    let checkIndex = try #require(steps.firstIndex { $0["id"]?.text == "check" })
    let uploadIndex = try #require(
      steps.firstIndex { $0["uses"]?.text?.hasPrefix("github/codeql-action/upload-sarif@") == true })
    let verdictIndex = try #require(
      steps.firstIndex { $0["run"]?.text?.contains("exit ${{ steps.check.outputs.exit-code }}") == true })
    #expect(checkIndex < uploadIndex && uploadIndex < verdictIndex && verdictIndex == steps.count - 1)
    for index in [uploadIndex, verdictIndex] {
      // Runs even when an earlier step failed (`success()` is implied only without a status function).
      let condition = steps[index]["if"]?.text ?? ""
      #expect(condition.contains("!cancelled()") || condition.contains("always()"), "\(condition)")
    }
    #expect(steps[uploadIndex]["with"]?["sarif_file"]?.text == "qingdan.sarif")
    #expect(steps[verdictIndex]["if"]?.text?.contains("steps.check.outputs.exit-code != '0'") == true)

    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let catalog = root.appendingPathComponent("catalog")
    #expect(try CommandRunner.run(["init", catalog.path]).status == 0)
    let village = catalog.appendingPathComponent("village/weituo.yaml")
    let text = String(decoding: try Data(contentsOf: village), as: UTF8.self)
    try Data(text.replacingOccurrences(of: "kind: 委托事项", with: "kind: 行政责任书").utf8).write(to: village)
    let outputs = root.appendingPathComponent("github-output")
    try Data().write(to: outputs)
    let bash = URL(fileURLWithPath: try Tool.find(["bash"]))
    let environment = [
      "PATH": CommandRunner.executable.deletingLastPathComponent().path + ":"
        + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
      "GITHUB_WORKSPACE": catalog.path, "GITHUB_OUTPUT": outputs.path,
      "GIT_CONFIG_GLOBAL": root.appendingPathComponent("gitconfig").path,
    ]
    let script = try #require(steps[checkIndex]["run"]?.text)
    let check = try CommandRunner.run(bash, ["-e", "-c", script], in: catalog, environment: environment)
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    #expect(check.stdout.contains("::error file=village/weituo.yaml"))
    #expect(FileManager.default.fileExists(atPath: catalog.appendingPathComponent("qingdan.sarif").path))
    let recorded = String(decoding: try Data(contentsOf: outputs), as: UTF8.self)
    #expect(recorded == "exit-code=1\n")

    let verdict = try #require(steps[verdictIndex]["run"]?.text).replacingOccurrences(
      of: "${{ steps.check.outputs.exit-code }}", with: "1")
    #expect(try CommandRunner.run(bash, ["-e", "-c", verdict], in: catalog).status == 1)
  }

  /// The Swift images the CI templates and docs/ci.md name are no older than Package.swift's tools version.
  @Test func ciImagesSatisfyTheToolsVersion() throws {
    func version(_ text: some StringProtocol) -> [Int] { text.split(separator: ".").compactMap { Int($0) } }
    let manifest = String(
      decoding: try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent("Package.swift")),
      as: UTF8.self)
    let tools = try #require(manifest.firstMatch(of: /^\/\/ swift-tools-version:\s*([0-9.]+)/)).output.1
    let docs = String(
      decoding: try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent("docs/ci.md")), as: UTF8.self)
    let github = try PlainYAML(parsing: try #require(scaffold[".github/workflows/qingdan.yml"]))
    let gitlab = try PlainYAML(parsing: try #require(scaffold[".gitlab-ci.yml"]))
    var images = [github["jobs"]?["check"]?["container"]?.text, gitlab["image"]?.text].map { $0 ?? "(none)" }
    images += docs.matches(of: /swift:[0-9][0-9.]*/).map { String($0.output) }
    #expect(images.count >= 4, "docs/ci.md names the image for GitHub and GitLab")
    for image in images {
      let tag = try #require(image.firstMatch(of: /^swift:([0-9]+(?:\.[0-9]+)*)$/), "\(image)").output.1
      #expect(version(tag).lexicographicallyPrecedes(version(tools)) == false, "\(image) < \(tools)")
    }
  }

  /// docs/ci.md shows the CI and editor files init writes as they are.
  @Test func ciDocsShowTheFilesInitWrites() throws {
    let docs = String(
      decoding: try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent("docs/ci.md")), as: UTF8.self)
    for path in [".github/workflows/qingdan.yml", ".gitlab-ci.yml", ".pre-commit-config.yaml"] {
      #expect(docs.contains("```yaml\n" + (try #require(scaffold[path])) + "```\n"), "\(path)")
    }
    let settings = try #require(scaffold[".vscode/settings.json"]).split(separator: "\n").map { "  " + $0 }
    #expect(docs.contains("```json\n" + settings.joined(separator: "\n") + "\n  ```\n"))
  }

  /// Every catalog file init writes names the catalog schema by a path that exists from the file's own folder.
  @Test func schemaModelinesResolveFromEachFile() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try Scaffold(countyName: "某县", countyCode: "520626").write(into: root.path)
    let files = try CatalogFiles.list(root: root).files
    #expect(files.contains("powers/fading.yaml") && files.contains("qingdan.yaml"))
    for file in files {
      let url = root.appendingPathComponent(file)
      let first = String(decoding: try Data(contentsOf: url), as: UTF8.self).prefix { $0 != "\n" }
      let schema = try #require(first.firstMatch(of: /^# yaml-language-server: \$schema=(\S+)$/), "\(file)").output.1
      let resolved = url.deletingLastPathComponent().appendingPathComponent(String(schema)).standardizedFileURL
      #expect(resolved.lastPathComponent == CatalogSchema.fileName, "\(file)")
      #expect(FileManager.default.fileExists(atPath: resolved.path), "\(file): \(schema)")
    }
  }

  /// The `yaml.schemas` globs init writes give catalog files the catalog schema, profile files the profile schema,
  /// and leave other tools' YAML (pre-commit, GitHub, GitLab) to their own schemas, read as VS Code reads them.
  @Test func vscodeGlobsSelectCatalogAndProfileFiles() throws {
    let text = try #require(scaffold[".vscode/settings.json"])
    let settings = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let schemas = try #require(settings["yaml.schemas"] as? [String: [String]])
    let catalog = VSCodeGlobs(patterns: try #require(schemas["schemas/" + CatalogSchema.fileName]))
    let profile = VSCodeGlobs(patterns: try #require(schemas["schemas/" + ProfileSchema.fileName]))
    #expect(schemas.count == 2)

    enum Schema { case catalog, profile, neither }
    var expected: [String: Schema] = [:]
    for path in scaffold.keys where path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
      expected[path] = path.hasPrefix(".") ? .neither : .catalog
    }
    #expect(expected[".pre-commit-config.yaml"] == .neither && expected[".github/workflows/qingdan.yml"] == .neither)
    // This repository's catalogs, as a workspace holding several, and a county's own files.
    let examples = CommandRunner.packageRoot.appendingPathComponent("catalogs")
    for file in try CatalogFiles.list(root: examples).files {
      expected["catalogs/" + file] = file.hasSuffix("/profile.yaml") ? .profile : .catalog
    }
    #expect(expected["catalogs/dawang/profile.yaml"] == .profile)
    expected["profile.yaml"] = .profile
    expected["rules/strict.profile.yml"] = .profile
    expected["_drafts/powers.yaml"] = .neither
    expected["sub/.pre-commit-config.yaml"] = .neither
    for (path, schema) in expected {
      for reading in VSCodeGlobs.Reading.allCases {
        #expect(catalog.selects(path, reading: reading) == (schema == .catalog), "\(path) \(reading)")
        #expect(profile.selects(path, reading: reading) == (schema == .profile), "\(path) \(reading)")
      }
    }
  }

  /// This package as pre-commit sees a hook repository: the working tree as it is, committed, at `root/qingdan`.
  /// Returns its path and revision.
  private func hookRepository(in root: URL, git: String) throws -> (path: String, revision: String) {
    let hooks = root.appendingPathComponent("qingdan")
    let listed = try Tool.run(
      git, ["-C", CommandRunner.packageRoot.path, "ls-files", "-co", "--exclude-standard", "-z"])
    // A file git lists twice (unmerged during a merge) is copied once.
    for path in Set(listed.split(separator: "\0").map(String.init)).sorted()
    where !path.hasPrefix("catalogs/") && !path.hasPrefix("Tests/") {
      let source = CommandRunner.packageRoot.appendingPathComponent(path)
      guard FileManager.default.fileExists(atPath: source.path) else { continue }
      let target = hooks.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: source, to: target)
    }
    try? FileManager.default.createDirectory(
      at: hooks.appendingPathComponent("Tests/QingdanKitTests/Fixtures"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: CommandRunner.packageRoot.appendingPathComponent("Tests/QingdanTestSupport"),
      to: hooks.appendingPathComponent("Tests/QingdanTestSupport"))
    try Data("enum Placeholder {}\n".utf8).write(
      to: hooks.appendingPathComponent("Tests/QingdanKitTests/Placeholder.swift"))
    try Tool.run(git, ["init", "-q", hooks.path])
    try commitAll(hooks, git: git)
    let revision = try Tool.run(git, ["-C", hooks.path, "rev-parse", "HEAD"])
    return (hooks.path, revision.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  private func commitAll(_ folder: URL, git: String) throws {
    try Tool.run(git, ["-C", folder.path, "add", "-A"])
    try Tool.run(
      git, ["-C", folder.path, "-c", "user.name=测试", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "快照"])
  }

  /// A catalog made by `qingdan init` in a git repository, checked by `hook` of the hook repository before every
  /// commit. Runs pre-commit on it clean, then with a village matter turned into a 行政责任书, which must be stopped.
  private func runHook(_ hook: String, in root: URL, environment extra: [String: String] = [:]) throws {
    let preCommit = try Tool.find([
      CommandRunner.packageRoot.appendingPathComponent(".venv/bin/pre-commit").path, "pre-commit",
    ])
    let git = try Tool.find(["git"])
    let hooks = try hookRepository(in: root, git: git)
    let catalog = root.appendingPathComponent("catalog")
    #expect(try CommandRunner.run(["init", catalog.path]).status == 0)
    try Data("repos:\n  - repo: \(hooks.path)\n    rev: \(hooks.revision)\n    hooks:\n      - id: \(hook)\n".utf8)
      .write(to: catalog.appendingPathComponent(".pre-commit-config.yaml"))
    try Tool.run(git, ["init", "-q", catalog.path])
    try commitAll(catalog, git: git)
    var environment = ["PRE_COMMIT_HOME": root.appendingPathComponent("pre-commit-home").path]
    environment.merge(extra) { _, new in new }
    let clean = try Tool.runCapturing(preCommit, ["run", "--all-files"], in: catalog, environment: environment)
    #expect(clean.status == 0, "\(clean.output)")

    let village = catalog.appendingPathComponent("village/weituo.yaml")
    let text = String(decoding: try Data(contentsOf: village), as: UTF8.self)
    try Data(text.replacingOccurrences(of: "kind: 委托事项", with: "kind: 行政责任书").utf8).write(to: village)
    let failing = try Tool.runCapturing(preCommit, ["run", "--all-files"], in: catalog, environment: environment)
    #expect(failing.status != 0)
    #expect(failing.output.contains("no-responsibility-letters"))
  }

  @Test func preCommitHookChecksTheCatalog() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try runHook("qingdan-check", in: root)
  }

  /// Where qingdan is installed, the `language: system` hook runs it from `PATH`: no toolchain, no download.
  @Test func preCommitSystemHookRunsTheInstalledQingdan() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    // The hook offered is the one the hook repository defines, and it runs the same command as the built one.
    let definitions = try PlainYAML(
      parsing: String(
        decoding: try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml")),
        as: UTF8.self)
    ).items
    let built = try #require(definitions.first { $0["id"]?.text == "qingdan-check" })
    let system = try #require(definitions.first { $0["id"]?.text == "qingdan-check-system" })
    #expect(system["language"]?.text == "system")
    for key in ["entry", "pass_filenames", "files", "require_serial"] {
      #expect(system[key] != nil && system[key] == built[key], "\(key)")
    }
    #expect(
      Scaffold(countyName: "某县", countyCode: "520626").files[".pre-commit-config.yaml"]?
        .contains("id 改为 qingdan-check-system") == true)

    let installed = CommandRunner.executable.deletingLastPathComponent().path
    let path = installed + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    try runHook("qingdan-check-system", in: root, environment: ["PATH": path])
  }
}
