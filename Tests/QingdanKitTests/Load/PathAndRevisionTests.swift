import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// Catalog files no path can reach, revision paths typed in a subfolder, revisions that hold huge files or that a
/// shallow clone lacks (issue 24 items 8–10): each either read or said, never left out in silence.
@Suite struct PathAndRevisionTests {
  private func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-paths-\(UUID().uuidString)")
  }

  /// `rm -rf`, which (unlike `FileManager`) removes trees deeper than a path can name.
  private func remove(_ folder: URL) {
    _ = try? Tool.run("/bin/rm", ["-rf", folder.path])
  }

  private func shell(_ script: String, in folder: URL) throws {
    let result = try Tool.runCapturing("/bin/bash", ["-c", script], in: folder)
    #expect(result.status == 0, "\(result.output)")
  }

  /// A new catalog from `qingdan init` in `folder/catalog`, committed and tagged v1 in a repository at `folder`.
  private func repository(in folder: URL) throws -> (git: String, catalog: URL) {
    let catalog = folder.appendingPathComponent("catalog")
    #expect(try CommandRunner.run(["init", catalog.path, "--name", "新县", "--code", "520627"]).status == 0)
    let git = try Tool.find(["git"])
    try Tool.run(git, ["init", "-q", "-b", "main", folder.path])
    try commit(git, folder, "第一版")
    try Tool.run(git, ["-C", folder.path, "tag", "v1"])
    return (git, catalog)
  }

  private func commit(_ git: String, _ folder: URL, _ message: String) throws {
    try Tool.run(git, ["-C", folder.path, "add", "-A"])
    try Tool.run(
      git,
      ["-C", folder.path, "-c", "user.name=测试", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", message])
  }

  /// A file 600 folders down (about 4,800 bytes of path, more than Linux's PATH_MAX of 4,096) was skipped without
  /// a word: `check` said “错误 0 条”. It is now read, one folder at a time, and its problem is found.
  @Test func readsAFileWhosePathIsLongerThanTheSystemTakes() throws {
    let root = temporaryFolder()
    defer { remove(root) }
    let catalog = root.appendingPathComponent("catalog")
    #expect(try CommandRunner.run(["init", catalog.path, "--name", "新县", "--code", "520627"]).status == 0)
    try shell(
      """
      for i in $(seq 600); do mkdir d1234567 && cd d1234567 || exit 1; done
      printf 'powers:\\n  - code: X\\n    bogus_key: 1\\n' > deep.yaml
      """, in: catalog)

    let result = try CommandRunner.run(["check", catalog.path, "--format", "json"])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stdout.contains("bogus_key"))
    #expect(result.stdout.contains("d1234567/deep.yaml"))
  }

  /// What cannot be read at such a depth is named, at the file, with what to do about it.
  @Test func aLinkDeeperThanThePathLimitIsALoadFailureThatSaysWhy() throws {
    let root = temporaryFolder()
    defer { remove(root) }
    let catalog = root.appendingPathComponent("catalog")
    #expect(try CommandRunner.run(["init", catalog.path, "--name", "新县", "--code", "520627"]).status == 0)
    try shell(
      """
      top=$(pwd)
      for i in $(seq 600); do mkdir d1234567 && cd d1234567 || exit 1; done
      ln -s "$top/departments.yaml" linked.yaml
      """, in: catalog)

    let result = try CommandRunner.run(["check", catalog.path])
    #expect(result.status == 2)
    #expect(result.stdout.contains("错误 [load]"))
    #expect((result.stdout + result.stderr).contains("路径长度超过系统上限（4096 字节）"))
    #expect((result.stdout + result.stderr).contains("请缩短文件夹的名字或减少文件夹的层数"))
  }

  /// `REV:./..` and `REV:..` typed in a subfolder are relative to it, as git reads `REV:./path`: `v1:./..` was taken
  /// for the folder `..` (its text normalises to it), `v1:..` for a path outside the repository.
  @Test func revisionPathsAreRelativeToTheWorkingFolder() throws {
    let root = temporaryFolder()
    defer { remove(root) }
    let (_, catalog) = try repository(in: root)
    // An uncommitted change, so that comparing the work tree with itself (the old mistake) shows nothing.
    try FileManager.default.removeItem(at: catalog.appendingPathComponent("services/shehui-jiuzhu.yaml"))
    let powers = catalog.appendingPathComponent("powers")

    for argument in ["v1:./..", "v1:..", "v1:../"] {
      let result = try CommandRunner.run(["diff", argument, ".."], in: powers)
      #expect(result.status == 0, "\(argument): \(result.stderr)")
      #expect(result.stdout.contains("共 1 处变化"), "\(argument): \(result.stdout)")
    }
    let outside = try CommandRunner.run(["diff", "v1:../../..", ".."], in: powers)
    #expect(outside.status == 2 && outside.stderr.contains("指向 git 仓库"))
  }

  /// A blob over the size limit is refused from its size, as a file on disk is, without being read: qingdan's
  /// peak memory stays far below the blob's size (it was read whole, twice over, before the limit refused it).
  @Test func refusesAHugeBlobWithoutReadingIt() throws {
    let root = temporaryFolder()
    defer { remove(root) }
    let catalog = try repository(in: root).catalog
    let time = "/usr/bin/time"
    try #require(FileManager.default.isExecutableFile(atPath: time), "needs /usr/bin/time to measure peak memory")
    // 160 MB of YAML comment lines, hashed straight into the repository and committed without a work-tree copy.
    try shell(
      """
      yes '# 这是一行注释，用来把文件撑大到超过大小上限。' | head -c 160000000 > ../big.yaml
      blob=$(git hash-object -w ../big.yaml) && rm ../big.yaml
      git update-index --add --cacheinfo "100644,$blob,catalog/powers/big.yaml"
      git -c user.name=t -c user.email=t@example.invalid commit -q -m big
      """, in: root)

    let result = try CommandRunner.run(
      URL(fileURLWithPath: time), ["-f", "peak %M KB", CommandRunner.executable.path, "diff", "v1", "HEAD"],
      in: catalog)
    #expect(result.status == 2, "\(result.stderr)")
    let said = result.stdout + result.stderr
    #expect(said.contains("powers/big.yaml") && said.contains("文件大于 64 MB，不像清单文件"), "\(said)")
    let peak = try #require(
      result.stderr.split(separator: "\n").last { $0.hasPrefix("peak ") }.flatMap { Int($0.split(separator: " ")[1]) })
    #expect(peak < 100_000, "peak memory \(peak) KB")
  }

  /// A shallow clone (what CI checks out by default) lacks older revisions: the message says so and how to fix it.
  @Test func aShallowCloneThatLacksTheRevisionSaysSo() throws {
    let root = temporaryFolder()
    defer { remove(root) }
    let (git, catalog) = try repository(in: root)
    let first = try Tool.run(git, ["-C", root.path, "rev-parse", "HEAD"]).trimmingCharacters(
      in: .whitespacesAndNewlines)
    try FileManager.default.removeItem(at: catalog.appendingPathComponent("services/shehui-jiuzhu.yaml"))
    try commit(git, root, "第二版")
    let clone = root.appendingPathComponent("clone")
    try Tool.run(git, ["clone", "-q", "--depth", "1", "file://" + root.path, clone.path])

    let result = try CommandRunner.run(["diff", first, "HEAD"], in: clone.appendingPathComponent("catalog"))
    #expect(result.status == 2)
    #expect(result.stderr.contains("浅克隆") && result.stderr.contains("git fetch --unshallow"), "\(result.stderr)")
  }
}
