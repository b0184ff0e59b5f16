import Foundation
import QingdanTestSupport
import Testing

/// A work folder for one hostile case: the corpus's base catalog with the case's files laid over it, a folder
/// outside the catalog (with a file whose content must never be echoed), and what the setup steps make.
final class HostileWorkspace {
  let work: URL
  let catalog: URL
  let outside: URL
  /// The secret that a link out of the catalog could leak into a report.
  static let secret = "机密内容-不应出现在报告中"
  /// The process that holds a mount namespace with a small file system at `{work}/disk`, if the case has one.
  private(set) var diskHolder: Process?

  init(_ hostile: HostileCase) throws {
    work = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-hostile-\(UUID().uuidString)")
    catalog = work.appendingPathComponent(hostile.catalog ?? "catalog")
    outside = work.appendingPathComponent("outside")
    let manager = FileManager.default
    try manager.createDirectory(at: outside, withIntermediateDirectories: true)
    // Readable by the unprivileged user that some runs use.
    try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: work.path)
    try Data("secret: \(Self.secret)\n".utf8).write(to: outside.appendingPathComponent("secret.yaml"))
    try manager.copyItem(at: HostileCorpus.base, to: catalog)
    try overlay(HostileCorpus.files(of: hostile), onto: catalog)
    for step in hostile.setup ?? [] { try apply(step) }
  }

  deinit {
    if let diskHolder, diskHolder.isRunning { diskHolder.terminate() }
    diskHolder?.waitUntilExit()
    chmodAll(work)
    try? FileManager.default.removeItem(at: work)
  }

  /// A command-line argument with its placeholders replaced.
  func argument(_ text: String) -> String {
    text.replacingOccurrences(of: "{catalog}", with: catalog.path)
      .replacingOccurrences(of: "{work}", with: work.path).replacingOccurrences(of: "{outside}", with: outside.path)
      .replacingOccurrences(of: "{disk}", with: work.appendingPathComponent("disk").path)
  }

  /// `path` as the command sees it: placeholders replaced, relative paths below the catalog.
  func resolve(_ path: String) -> String {
    let replaced = argument(path)
    return replaced.hasPrefix("/") ? replaced : catalog.appendingPathComponent(replaced).path
  }

  /// `path` as this process reaches it: the small file system is visible only through its holder's root.
  func local(_ path: String) -> URL {
    let resolved = resolve(path)
    guard let diskHolder, path.hasPrefix("{disk}") else { return URL(fileURLWithPath: resolved) }
    return URL(fileURLWithPath: "/proc/\(diskHolder.processIdentifier)/root" + resolved)
  }

  private func overlay(_ source: URL, onto target: URL) throws {
    let manager = FileManager.default
    guard let enumerator = manager.enumerator(at: source, includingPropertiesForKeys: [.isDirectoryKey]) else {
      return
    }
    while let file = enumerator.nextObject() as? URL {
      let relative = String(file.standardizedFileURL.path.dropFirst(source.standardizedFileURL.path.count + 1))
      let destination = target.appendingPathComponent(relative)
      if (try file.resourceValues(forKeys: [.isDirectoryKey])).isDirectory == true {
        try manager.createDirectory(at: destination, withIntermediateDirectories: true)
      } else {
        try? manager.removeItem(at: destination)
        try manager.copyItem(at: file, to: destination)
      }
    }
  }

  private func apply(_ step: HostileCase.SetupStep) throws {
    let manager = FileManager.default
    let url = local(step.path)
    if step.action != .remove && step.action != .tmpfs {
      try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    }
    switch step.action {
    case .remove: try manager.removeItem(at: url)
    case .mkdir: try manager.createDirectory(at: url, withIntermediateDirectories: true)
    case .link: try manager.createSymbolicLink(atPath: url.path, withDestinationPath: resolveTarget(step.target!))
    case .chmod: #expect(chmod(url.path, mode_t(step.mode!, radix: 8)!) == 0)
    case .fifo: #expect(mkfifo(url.path, 0o644) == 0)
    case .sparse: #expect(truncate(Self.create(url).path, off_t(step.bytes!)) == 0)
    case .write: try Data(step.text!.utf8).write(to: url)
    case .generate: try HostileGenerator.write(step.pattern!, count: step.count ?? 0, to: url)
    case .copyBase: try manager.copyItem(at: HostileCorpus.base, to: url)
    case .move: try manager.moveItem(at: url, to: local(step.target!))
    case .encodeNameGBK: #expect(Self.renameToGBK(url))
    case .build:
      let output = try HostileRunner.run(["build", catalog.path, "--out", resolve(step.path)], in: self)
      #expect(output.status == 0, "setup build: \(output.stderr)")
    case .edit:
      let text = try String(contentsOf: url, encoding: .utf8)
      let range = try #require(text.range(of: step.find!), "edit: \(step.find!) not in \(step.path)")
      try Data(text.replacingCharacters(in: range, with: step.text!).utf8).write(to: url)
    case .tmpfs: try mountDisk(bytes: step.bytes!)
    }
  }

  /// A link target keeps its relative form; placeholders become absolute paths.
  private func resolveTarget(_ target: String) -> String {
    target.hasPrefix("{") ? resolve(target) : target
  }

  /// Renames the file or folder at `url` to the GBK bytes of its name, which are not UTF-8.
  private static func renameToGBK(_ url: URL) -> Bool {
    guard let name = gbk(url.lastPathComponent) else { return false }
    let target = Array(url.deletingLastPathComponent().path.utf8) + [UInt8(ascii: "/")] + name + [0]
    return target.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { rename(url.path, $0.baseAddress!) == 0 }
    }
  }

  private static func gbk(_ text: String) -> [UInt8]? {
    let converter = iconv_open("GB18030", "UTF-8")
    guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = Array(text.utf8CString)
    var output = [CChar](repeating: 0, count: input.count * 2)
    let written = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer -> Int? in
        var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
        var inLeft = inBuffer.count - 1
        var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
        var outLeft = outBuffer.count
        guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != size_t.max else { return nil }
        return outBuffer.count - outLeft
      }
    }
    return written.map { output.prefix($0).map { UInt8(bitPattern: $0) } }
  }

  private static func create(_ url: URL) -> URL {
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    return url
  }

  /// Starts a process in a mount namespace of its own with a tmpfs of `bytes` at `{work}/disk`; commands enter
  /// that namespace. Throws `Unavailable` where no file system can be mounted (not root, no `unshare`).
  private func mountDisk(bytes: Int) throws {
    let mountPoint = work.appendingPathComponent("disk")
    try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    holder.arguments = [
      "unshare", "--mount", "--propagation", "private", "sh", "-c",
      "mount -t tmpfs -o size=\(bytes) tmpfs \"$0\" && chmod 777 \"$0\" && echo mounted && exec sleep 600",
      mountPoint.path,
    ]
    let ready = Pipe()
    holder.standardOutput = ready
    holder.standardError = FileHandle.nullDevice
    try holder.run()
    diskHolder = holder
    let line = String(decoding: ready.fileHandleForReading.availableData, as: UTF8.self)
    guard line.hasPrefix("mounted") else { throw Unavailable(reason: "no tmpfs can be mounted here (needs root)") }
  }

  struct Unavailable: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
  }

  /// Lets the cleanup remove what a case made unreadable.
  private func chmodAll(_ url: URL) {
    chmod(url.path, 0o755)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return }
    for name in names {
      let child = url.appendingPathComponent(name)
      var info = stat()
      guard lstat(child.path, &info) == 0 else { continue }
      if info.st_mode & S_IFMT == S_IFDIR {
        chmodAll(child)
      } else if info.st_mode & S_IFMT == S_IFREG {
        chmod(child.path, 0o644)
      }
    }
  }
}

/// Inputs too large or too regular to commit.
enum HostileGenerator {
  static func write(_ pattern: HostileCase.SetupStep.Pattern, count: Int, to url: URL) throws {
    var text: String
    switch pattern {
    case .nestedFlowSequences:
      text = "services: " + String(repeating: "[", count: count) + String(repeating: "]", count: count) + "\n"
    case .nestedFlowMappings:
      text = "services: " + String(repeating: "{a: ", count: count) + "x" + String(repeating: "}", count: count) + "\n"
    case .nestedBlockSequences:
      text = "services:\n" + String(repeating: "- ", count: count) + "x\n"
    case .hugeScalar:
      text = "services:\n  - code: HUGE-1\n    name: " + String(repeating: "甲", count: count) + "\n    domain: 社会救助\n"
    case .manyServices:
      text = "services:\n"
      for index in 0..<count {
        text += "  - {code: MANY-\(index), name: 事项\(index), domain: 社会救助, basis: [《社会救助暂行办法》第十一条], "
        text += "office: shsw, object: 居民, conditions: 无, process: [申请, 办结], on_the_spot: true, "
        text += "supervision: 县民政局, phones: {complaint: \"12345\"}}\n"
      }
    }
    try Data(text.utf8).write(to: url)
  }
}
