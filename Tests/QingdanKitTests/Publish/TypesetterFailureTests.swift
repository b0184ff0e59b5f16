import Foundation
import QingdanTestSupport
import Testing

/// WeasyPrint failing (a full disk while it writes the PDF, a bug of its own): qingdan says so in one Chinese line,
/// as it says every other failed write, instead of passing on WeasyPrint's Python traceback, and the old output
/// stays as it was.
@Suite struct TypesetterFailureTests {
  static let traceback = """
    Traceback (most recent call last):
      File "/opt/venv/bin/weasyprint", line 8, in <module>
        sys.exit(main())
      File "/opt/venv/lib/python3.12/site-packages/weasyprint/document.py", line 400, in write_pdf
        output.write(pdf)
    """

  @Test(arguments: [
    ("OSError: [Errno 28] No space left on device", "磁盘已满，手册未生成；原有输出保持不变", nil),
    ("OSError: [Errno 122] Disk quota exceeded", "磁盘已满，手册未生成；原有输出保持不变", nil),
    (
      "ValueError: unsupported image", "WeasyPrint 排版失败（退出码 1），手册未生成；原有输出保持不变",
      "ValueError: unsupported image"
    ),
  ])
  func failureIsOneChineseLine(lastLine: String, message: String, detail: String?) throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-typeset-\(UUID().uuidString)")
    let out = base.appendingPathComponent("site")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: base) }
    try Data("old\n".utf8).write(to: out.appendingPathComponent(".qingdan-build"))
    try Data("old page\n".utf8).write(to: out.appendingPathComponent("index.html"))
    // A stand-in for WeasyPrint: the right version, then a traceback and exit 1.
    let script = base.appendingPathComponent("weasyprint")
    let text = """
      #!/bin/sh
      if [ "$1" = "--version" ]; then echo "WeasyPrint version 70.0"; exit 0; fi
      cat >&2 <<'TRACE'
      \(Self.traceback)
      \(lastLine)
      TRACE
      exit 1

      """
    try Data(text.utf8).write(to: script)
    chmod(script.path, 0o755)

    let output = try CommandRunner.run(
      ["build", Fixtures.dejiang, "--out", out.path, "--pdf"], environment: ["QINGDAN_WEASYPRINT": script.path])
    #expect(output.status == 2)
    #expect(output.stderr.contains(message), "\(output.stderr)")
    #expect(!output.stderr.contains("Traceback"), "\(output.stderr)")
    #expect(output.stderr.split(separator: "\n").count == 1, "\(output.stderr)")
    if let detail { #expect(output.stderr.contains(detail), "\(output.stderr)") }
    #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8) == "old page\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: base.path).sorted() == ["site", "weasyprint"])
  }
}
