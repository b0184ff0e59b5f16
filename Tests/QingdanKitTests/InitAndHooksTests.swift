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

  @Test func preCommitHookChecksTheCatalog() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let preCommit = try Tool.find([
      CommandRunner.packageRoot.appendingPathComponent(".venv/bin/pre-commit").path, "pre-commit",
    ])
    let git = try Tool.find(["git"])
    // A snapshot of this package as a hook repository: the working tree as it is, committed.
    let hooks = root.appendingPathComponent("qingdan")
    let listed = try Tool.run(
      git, ["-C", CommandRunner.packageRoot.path, "ls-files", "-co", "--exclude-standard", "-z"])
    for path in listed.split(separator: "\0").map(String.init)
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
    let commit = { (folder: URL) throws in
      try Tool.run(git, ["-C", folder.path, "add", "-A"])
      try Tool.run(
        git,
        ["-C", folder.path, "-c", "user.name=测试", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "快照"])
    }
    try Tool.run(git, ["init", "-q", hooks.path])
    try commit(hooks)
    let revision = try Tool.run(git, ["-C", hooks.path, "rev-parse", "HEAD"]).trimmingCharacters(
      in: .whitespacesAndNewlines)

    // A catalog repository made by `qingdan init`, using the hook.
    let catalog = root.appendingPathComponent("catalog")
    #expect(try CommandRunner.run(["init", catalog.path]).status == 0)
    try Data("repos:\n  - repo: \(hooks.path)\n    rev: \(revision)\n    hooks:\n      - id: qingdan-check\n".utf8)
      .write(to: catalog.appendingPathComponent(".pre-commit-config.yaml"))
    try Tool.run(git, ["init", "-q", catalog.path])
    try commit(catalog)
    let environment = ["PRE_COMMIT_HOME": root.appendingPathComponent("pre-commit-home").path]
    let clean = try Tool.runCapturing(preCommit, ["run", "--all-files"], in: catalog, environment: environment)
    #expect(clean.status == 0, "\(clean.output)")

    // A village matter turned into a 行政责任书 is stopped.
    let village = catalog.appendingPathComponent("village/weituo.yaml")
    let text = String(decoding: try Data(contentsOf: village), as: UTF8.self)
    try Data(text.replacingOccurrences(of: "kind: 委托事项", with: "kind: 行政责任书").utf8).write(to: village)
    let failing = try Tool.runCapturing(preCommit, ["run", "--all-files"], in: catalog, environment: environment)
    #expect(failing.status != 0)
    #expect(failing.output.contains("no-responsibility-letters"))
  }
}
