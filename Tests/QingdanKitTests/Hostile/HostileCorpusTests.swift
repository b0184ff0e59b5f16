import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// Issue 7: every case of the hostile-input corpus through the real `qingdan` (or, for a catalog that changes
/// while it is read, through the loader): the exit code, the Chinese message and its place, no crash, and no
/// output that is half written or written where it should not be.
@Suite struct HostileCorpusTests {
  /// The hazards issue 7 names, each of which must have a case.
  static let hazards = [
    "unterminated-flows", "unterminated-quotes", "tab-indentation", "tab-on-blank-line", "gb18030", "utf16",
    "binary-garbage", "nul-bytes", "duplicate-keys", "alias-bomb", "deep-nesting", "huge-scalar", "huge-file",
    "top-level-list-or-scalar", "empty-and-whitespace", "missing-qingdan-yaml", "merge-keys", "symlink-loops",
    "links-out-of-catalog", "unreadable-files", "crlf-and-bom", "names-with-spaces-and-chinese",
    "output-inside-catalog", "disk-full-tmpfs", "disk-full-file-size-limit", "changed-while-read",
    "links-planted-in-output", "output-file-failures", "interrupted-build", "special-files", "names-not-utf8",
  ]

  @Test func everyHazardHasACase() throws {
    let names = try HostileCorpus.load().map(\.name)
    #expect(names == HostileCorpus.cases.map(\.name), "a manifest does not decode")
    for hazard in Self.hazards {
      #expect(names.contains(hazard), "no case for \(hazard)")
    }
  }

  @Test(arguments: HostileCorpus.cases)
  func corpusCase(_ hostile: HostileCase) throws {
    if HostileRunner.underThreadSanitizer && hostile.runs.contains(where: { $0.fileSizeLimitKB != nil }) {
      try Test.cancel("\(hostile.name): ThreadSanitizer's runtime cannot start under ulimit -f")
    }
    let workspace: HostileWorkspace
    do {
      workspace = try HostileWorkspace(hostile)
    } catch let unavailable as HostileWorkspace.Unavailable {
      try Test.cancel("\(hostile.name): \(unavailable.reason)")
    }
    if let knownIssue = hostile.knownIssue {
      withKnownIssue(Comment(rawValue: knownIssue)) {
        try runAll(hostile, in: workspace)
      }
    } else {
      try runAll(hostile, in: workspace)
    }
  }

  private func runAll(_ hostile: HostileCase, in workspace: HostileWorkspace) throws {
    for (index, run) in hostile.runs.enumerated() {
      let label = "\(hostile.name) run \(index + 1)"
      if let mutation = run.mutation {
        try HostileMutation.check(mutation, run: run, in: workspace, label: label)
      } else if let arguments = run.args {
        try check(arguments.map(workspace.argument), run: run, in: workspace, label: label)
      } else {
        try check(["check", workspace.catalog.path, "--format", "json"], run: run, in: workspace, label: label)
        try checkHuman(run: run, in: workspace, label: label)
      }
    }
  }

  private func check(_ arguments: [String], run: HostileCase.Run, in workspace: HostileWorkspace, label: String)
    throws
  {
    if let leaving = run.fillDiskLeaving { try fill(workspace, leaving: leaving) }
    let before = (run.unchanged ?? []).map { HostileExpectations.snapshot(workspace.local($0)) }
    let output = try HostileRunner.run(arguments, in: workspace, run: run)
    #expect(!output.signaled, "\(label): killed by signal \(output.status)\n\(output.stderr)")
    #expect(output.status == run.exit, "\(label): exit \(output.status)\n\(output.stdout.prefix(2000))\(output.stderr)")
    #expect(!output.stderr.contains("Fatal error") && !output.stderr.contains("ERROR: AddressSanitizer"))
    if let fragment = run.stderr { #expect(output.stderr.contains(fragment), "\(label): stderr \(output.stderr)") }
    if let fragment = run.stdout { #expect(output.stdout.contains(fragment), "\(label): stdout \(output.stdout)") }
    if arguments.contains("json") && !arguments.contains("--output") && arguments.first == "check"
      && !output.stdout.isEmpty
    {
      let reported = HostileExpectations.parse(json: output.stdout)
      #expect(reported != nil, "\(label): the JSON report does not parse")
      HostileExpectations.check(reported ?? [], against: run, secret: HostileWorkspace.secret)
    } else if output.status == 2 && run.diagnostics == nil {
      // An operational failure: one line on standard error that says what went wrong, nothing on standard output.
      #expect(output.stderr.hasPrefix("qingdan："), "\(label): stderr \(output.stderr)")
    }
    for (path, snapshot) in zip(run.unchanged ?? [], before) {
      #expect(HostileExpectations.snapshot(workspace.local(path)) == snapshot, "\(label): \(path) changed")
    }
    for path in run.absent ?? [] {
      #expect(!HostileExpectations.exists(workspace.local(path)), "\(label): \(path) exists")
    }
    for path in run.present ?? [] {
      let url = workspace.local(path)
      #expect(HostileExpectations.exists(url) && !HostileExpectations.isLink(url), "\(label): no \(path)")
    }
    if let listing = run.listing {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: workspace.local(listing.path).path)) ?? []
      #expect(names.sorted() == listing.names.sorted(), "\(label): \(listing.path) holds \(names.sorted())")
    }
  }

  /// The report for people: same exit code, and each expected place as `file:line:column:`.
  private func checkHuman(run: HostileCase.Run, in workspace: HostileWorkspace, label: String) throws {
    let output = try HostileRunner.run(["check", workspace.catalog.path], in: workspace, run: run)
    #expect(!output.signaled && output.status == run.exit, "\(label) (human): exit \(output.status)")
    for expected in run.diagnostics ?? [] {
      let place = "\(workspace.catalog.path)/\(expected.file):\(expected.line):\(expected.column):"
      #expect(output.stdout.contains(place), "\(label) (human): no \(place) in\n\(output.stdout.prefix(3000))")
    }
  }

  /// Fills the case's small disk until only `leaving` bytes are free.
  private func fill(_ workspace: HostileWorkspace, leaving: Int) throws {
    let disk = workspace.local("{disk}")
    var info = statvfs()
    #expect(statvfs(disk.path, &info) == 0)
    let free = Int(info.f_bavail) * Int(info.f_frsize)
    let filler = disk.appendingPathComponent("filler")
    if !FileManager.default.fileExists(atPath: filler.path) {
      _ = FileManager.default.createFile(atPath: filler.path, contents: nil)
    }
    let handle = try FileHandle(forWritingTo: filler)
    defer { try? handle.close() }
    try handle.seekToEnd()
    // A full disk refuses the last bytes; that is the point.
    try? handle.write(contentsOf: Data(count: max(0, free - leaving)))
  }
}
