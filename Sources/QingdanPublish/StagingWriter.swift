import Foundation
import QingdanCore

/// Writes a build's files into its staging folder as they render, on every core, and removes a retired output.
/// A province's guide has over a hundred thousand pages: rendering and writing overlap (one thread creates the
/// pages while the others render), no file waits in memory for the others, each folder is created once and
/// opened once, and each file is created, written and closed relative to its folder.
struct StagingWriter {
  /// The output folder the user named, for messages.
  let destination: URL

  /// Renders `files` and writes each into `staging` (a new, empty folder), new and never through a link. Stops at
  /// the first failure; what was written stays for the caller to remove with the staging folder.
  func write(_ files: [BuildFile], into staging: URL) throws(QingdanError) {
    guard !files.isEmpty else { return }
    let folderSet = Set(files.map(\.folder))
    let unsafeFolder = folderSet.first {
      !$0.isEmpty && $0.split(separator: "/", omittingEmptySubsequences: false).contains(where: Self.isUnsafe)
    }
    if let file = files.first(where: { Self.isUnsafe($0.name) || $0.folder == unsafeFolder }) {
      throw .writeFailed(path: destination.path, reason: "生成的文件名“\(file.path)”不安全")
    }
    let folders = try StagingFolders(staging, folders: folderSet, destination: destination)
    defer { folders.close() }
    let previous = PreviousOutput(destination, folders: folderSet)
    let descriptors = files.map { folders.descriptor($0.folder) }
    let writers = files.indices.map { index in
      files[index].partCount > 1
        ? PartedFileWriter(folder: descriptors[index], name: files[index].name, partCount: files[index].partCount)
        : nil
    }
    defer { for writer in writers { writer?.abandon() } }
    let failure = FirstFailure()
    // The pages are created on a thread of their own; the big files' parts are written by whichever thread
    // rendered them (see `FileCreator`).
    let creator = FileCreator(capacity: 64) { page in
      let (folder, name) = (descriptors[page.file], files[page.file].name)
      guard !failure.happened else {
        if page.previous >= 0 { close(page.previous) }
        return
      }
      if page.previous >= 0, PreviousOutput.link(page.previous, into: folder, name: name) { return }
      do throws(WriteFailure) {
        try FileBytes.create(page.bytes, named: name, in: folder)
      } catch {
        failure.record(error, path: files[page.file].path)
      }
    }
    let jobs = Self.schedule(files)
    DispatchQueue.concurrentPerform(iterations: jobs.count) { job in
      guard !failure.happened else { return }
      let (index, part) = jobs[job]
      let bytes = files[index].render(part: part)
      if let writer = writers[index] {
        do throws(WriteFailure) {
          try writer.write(part: part, bytes)
        } catch {
          failure.record(error, path: files[index].path)
        }
      } else {
        let reusable = previous?.identical(bytes, folder: files[index].folder, name: files[index].name) ?? -1
        creator.submit(FileCreator.Page(file: index, bytes: bytes, previous: reusable))
      }
    }
    creator.finish()
    if let (error, path) = failure.first {
      throw .writeFailed(path: destination.path, reason: "\(error.reason)（写到 \(path) 时）；原有输出保持不变")
    }
    try folders.finish()
  }

  /// The order the parts render in: every file's parts and pages by how far through the items they come (each big
  /// file's parts in order), so that the outputs of an item render close together in time, while the item is still
  /// in the processor's cache.
  static func schedule(_ files: [BuildFile]) -> [(file: Int, part: Int)] {
    var jobs: [(file: Int, part: Int, sweep: Double)] = []
    jobs.reserveCapacity(files.reduce(0) { $0 + $1.partCount })
    for (index, file) in files.enumerated() {
      for part in 0..<file.partCount { jobs.append((index, part, file.sweep(part: part))) }
    }
    jobs.sort { ($0.sweep, $0.file, $0.part) < ($1.sweep, $1.file, $1.part) }
    return jobs.map { ($0.file, $0.part) }
  }

  /// A name that could leave its folder: empty, `.`, `..`, or with a `/`.
  private static func isUnsafe(_ name: some StringProtocol) -> Bool {
    name.isEmpty || name == "." || name == ".." || name.utf8.contains(UInt8(ascii: "/"))
  }

  /// Deletes `folder` and everything in it without following links: one `unlinkat` per file, each folder after
  /// its contents. Best effort: what cannot be deleted stays (the next build removes leftovers of finished builds).
  static func remove(_ folder: URL) {
    let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    if descriptor >= 0 {
      FolderContents.remove(in: descriptor)
      Glibc.close(descriptor)
    }
    rmdir(folder.path)
  }
}

/// The first write that failed, shared by the threads that write.
private final class FirstFailure: @unchecked Sendable {
  private let lock = NSLock()
  private var failure: (WriteFailure, String)?

  var happened: Bool { lock.withLock { failure != nil } }
  var first: (WriteFailure, String)? { lock.withLock { failure } }

  func record(_ error: WriteFailure, path: String) {
    lock.withLock { if failure == nil { failure = (error, path) } }
  }
}
