import Foundation
import QingdanTestSupport
import Testing

/// The runner every end-to-end test goes through must not hang or lose output, whatever the child writes.
@Suite struct CommandRunnerTests {
  /// A child that fills standard error's pipe before it writes standard output. Read one pipe to its end before
  /// the other and the child blocks on a full pipe while the runner waits; the time limit then ends it, and the
  /// output is cut short.
  @Test func readsStandardErrorWhileWaitingForStandardOutput() throws {
    let size = 2_000_000
    let script = "head -c \(size) /dev/zero | tr '\\0' e >&2; echo done"
    let output = try CommandRunner.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", script], timeLimit: 30)
    #expect(output.status == 0)
    #expect(output.stdout == "done\n")
    #expect(output.stderr.utf8.count == size)
    #expect(output.stderr.utf8.allSatisfy { $0 == UInt8(ascii: "e") })
  }

  @Test func passesArgumentsEnvironmentAndFolder() throws {
    let folder = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
    let output = try CommandRunner.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", "pwd; echo \"$1 $QINGDAN_TEST_VALUE $NO_COLOR\"; exit 3", "sh", "一"],
      in: folder, environment: ["QINGDAN_TEST_VALUE": "二"])
    #expect(output.status == 3)
    #expect(output.stdout == "\(folder.path)\n一 二 1\n")
    #expect(output.stderr == "")
  }
}
