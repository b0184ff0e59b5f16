import Foundation
import QingdanCore

/// Writes a build atomically: everything goes into a new folder beside the destination, and only when all of it
/// is there does that folder take the destination's place. A failed build leaves the previous output as it was.
/// Files are created new (never through a link), and the previous output is moved aside whole, so a link planted
/// in it is never followed.
public struct OutputFolder {
  public let destination: URL

  public init(path: String) {
    destination = URL(fileURLWithPath: path).standardizedFileURL
  }

  /// Refuses destinations whose replacement would destroy something: the catalog itself or a folder around it
  /// (also when reached through a link), or an existing folder that is not empty and was not written by qingdan.
  public func validate(catalogRoot: URL) throws(QingdanError) {
    let target = destination.path
    let catalog = CatalogFiles.resolvedPath(catalogRoot.standardizedFileURL.path)
    let resolvedTarget = CatalogFiles.resolvedPath(target)
    if catalog == resolvedTarget
      || catalog.hasPrefix(resolvedTarget.hasSuffix("/") ? resolvedTarget : resolvedTarget + "/")
    {
      throw .invalidArgument("输出目录“\(target)”就是清单目录或包含清单目录；请指定另一个文件夹（例如 _site）。")
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) else { return }
    guard isFolder.boolValue else { throw .invalidArgument("输出路径“\(target)”已存在且不是文件夹。") }
    let contents = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
    if !contents.isEmpty && !contents.contains(GuideBuilder.marker) {
      throw .invalidArgument("输出目录“\(target)”已有其他文件，且不是 qingdan 生成的；为免覆盖，请指定一个空文件夹或新文件夹。")
    }
  }

  /// Writes `files` into a temporary folder, lets `finish` add to it (the PDF), then swaps it into place.
  public func replace(with files: [BuildFile], finish: (URL) throws(QingdanError) -> Void) throws(QingdanError) {
    let parent = destination.deletingLastPathComponent()
    let manager = FileManager.default
    recoverInterruptedBuilds()
    let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
    let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).qingdan-new-\(suffix)")
    let retired = parent.appendingPathComponent(".\(destination.lastPathComponent).qingdan-old-\(suffix)")
    Interruption.removeIfInterrupted(staging)
    defer { Interruption.keep(staging) }
    do {
      try manager.createDirectory(at: parent, withIntermediateDirectories: true)
      try manager.createDirectory(at: staging, withIntermediateDirectories: false)
    } catch {
      throw .writeFailed(path: destination.path, reason: "无法在 \(parent.path) 中创建临时文件夹（没有权限或磁盘已满？）")
    }
    do {
      try StagingWriter(destination: destination).write(files, into: staging)
      try finish(staging)
      // An interruption waits for both renames, so that it never leaves the output moved aside.
      try Interruption.uninterrupted { () throws(QingdanError) in
        if manager.fileExists(atPath: destination.path) || Self.isLink(destination.path) {
          try Self.move(destination, to: retired)
        }
        try Self.move(staging, to: destination)
        Interruption.keep(staging)
        Interruption.removeIfInterrupted(retired)
        Interruption.setNotice("qingdan：已中断；新的输出已完整生成：\(destination.path)")
      }
    } catch {
      try? manager.removeItem(at: staging)
      if manager.fileExists(atPath: retired.path) && !manager.fileExists(atPath: destination.path) {
        try? Self.move(retired, to: destination)
      }
      throw error
    }
    StagingWriter.remove(retired)
    Interruption.keep(retired)
  }

  /// A build that was killed between its two renames leaves the previous output moved aside: put it back. Other
  /// leftovers of builds that are no longer running are removed.
  func recoverInterruptedBuilds() {
    let manager = FileManager.default
    let parent = destination.deletingLastPathComponent()
    let prefix = ".\(destination.lastPathComponent).qingdan-"
    guard let names = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
    for name in names.sorted() where name.hasPrefix(prefix) {
      let rest = name.dropFirst(prefix.count).split(separator: "-")
      guard rest.count == 3, ["new", "old"].contains(rest[0]), let pid = Int32(rest[1]) else { continue }
      if kill(pid, 0) == 0 || errno == EPERM { continue }
      let leftover = parent.appendingPathComponent(name)
      if rest[0] == "old" && !manager.fileExists(atPath: destination.path) && !Self.isLink(destination.path) {
        try? Self.move(leftover, to: destination)
      } else {
        try? manager.removeItem(at: leftover)
      }
    }
  }

  /// `rename(2)`: moves a link as the link, a folder in one step.
  private static func move(_ source: URL, to target: URL) throws(QingdanError) {
    guard rename(source.path, target.path) == 0 else {
      throw .writeFailed(path: target.path, reason: "无法移动输出目录（\(WriteFailure(errno).reason)）；原有输出保持不变")
    }
  }

  private static func isLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }
}
