import Foundation

/// A catalog as it was at a git revision, read through git itself (`ls-tree` and `cat-file --batch`), never by
/// checking anything out over the user's work tree.
public struct GitStorage: CatalogStorage {
  public let displayName: String
  public let reportRoot: String
  /// Catalog-relative path → contents, for every file below the catalog's folder at the revision.
  let files: [String: [UInt8]]
  /// Catalog-relative path → why the file was not read (a blob over the size limit): a `load` finding at that
  /// file, as for a file on disk.
  let refused: [String: String]
  let listing: CatalogListing

  /// Reads the catalog at `path` (relative to the repository's top level, `""` for the top) of `revision`.
  public init(repository: URL, revision: String, path: String) throws(QingdanError) {
    let git = Git(repository: repository)
    let prefix = RelativePath.normalized(path)
    displayName = prefix.isEmpty ? revision : "\(revision):\(prefix)"
    reportRoot = prefix
    // A revision that starts with "-" would reach git as an option.
    guard !revision.hasPrefix("-") else { throw .invalidArgument("“\(revision)”不是 git 版本名（不能以“-”开头）。") }
    guard (try? git.run(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"])) != nil else {
      // A shallow clone (what CI checks out by default) holds only the latest commits.
      let shallow = try? git.run(["rev-parse", "--is-shallow-repository"])
      if let shallow, String(decoding: shallow, as: UTF8.self).trimmingWhitespace == "true" {
        throw .invalidArgument(
          "版本“\(revision)”在 git 仓库 \(repository.path) 中找不到：这是一个浅克隆（只取了最近的提交），"
            + "可能不含这个版本。请先运行 git fetch --unshallow（CI 中也可以在检出时取全部历史，如 fetch-depth: 0）。")
      }
      throw .invalidArgument("版本“\(revision)”在 git 仓库 \(repository.path) 中不存在。")
    }
    let tree = prefix.isEmpty ? revision : "\(revision):\(prefix)"
    guard (try? git.run(["cat-file", "-e", tree])) != nil else {
      throw .invalidArgument("版本“\(revision)”中没有“\(prefix)”这个路径。")
    }
    // <mode> SP <type> SP <object> TAB <path> NUL, paths relative to the tree.
    let entries = try git.run(["ls-tree", "-r", "-z", tree]).split(separator: 0)
    var objects: [(path: String, object: String)] = []
    var skipped: [String: String] = [:]
    for entry in entries {
      guard let tab = entry.firstIndex(of: UInt8(ascii: "\t")) else { continue }
      let fields = String(decoding: entry[..<tab], as: UTF8.self).split(separator: " ")
      let path = String(decoding: entry[entry.index(after: tab)...], as: UTF8.self)
      guard fields.count == 3, CatalogFiles.isCatalogFile(path),
        !path.split(separator: "/").dropLast().contains(where: CatalogFiles.isSkippedFolder)
      else { continue }
      if fields[0] == "100644" || fields[0] == "100755" {
        objects.append((path, String(fields[2])))
      } else {
        skipped[path] = "在该版本中是链接或子模块，未读取"
      }
    }
    (files, refused) = try git.blobs(objects)
    listing = CatalogListing(files: objects.map(\.path).sorted(), skipped: skipped)
  }

  public func list() throws(QingdanError) -> CatalogListing { listing }

  public func read(_ path: String) throws(QingdanError) -> [UInt8] {
    if let reason = refused[RelativePath.normalized(path)] {
      throw .unreadable(path: "\(displayName)/\(path)", reason: reason)
    }
    guard let bytes = files[RelativePath.normalized(path)] else {
      throw .unreadable(path: "\(displayName)/\(path)", reason: "该版本中没有这个文件")
    }
    return bytes
  }
}

/// Runs git in one repository.
struct Git {
  let repository: URL

  /// The repository that contains `directory`, or nil when there is none (or no git).
  static func topLevel(of directory: URL) -> URL? {
    guard let output = try? Git(repository: directory).run(["rev-parse", "--show-toplevel"]) else { return nil }
    let path = String(decoding: output, as: UTF8.self).trimmingWhitespace
    return path.isEmpty ? nil : URL(fileURLWithPath: path, isDirectory: true)
  }

  /// Where `directory` lies in its repository, as git says it (`a/b/`, or `""` at the top), or nil outside one.
  static func prefix(of directory: URL) -> String? {
    guard let output = try? Git(repository: directory).run(["rev-parse", "--show-prefix"]) else { return nil }
    return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
  }

  /// Standard output; throws when git is missing or exits non-zero.
  func run(_ arguments: [String], input: Data? = nil) throws(QingdanError) -> [UInt8] {
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["LC_ALL"] = "C"
    let outcome: ChildProcess.Outcome
    do {
      outcome = try ChildProcess("/usr/bin/env", ["git", "-C", repository.path] + arguments, environment: environment)
        .run(input: input.map { [UInt8]($0) })
    } catch {
      throw .invalidArgument("无法运行 git：\(error.reason)。请安装 git。")
    }
    guard outcome.status == 0 else {
      throw .invalidArgument("git \(arguments.joined(separator: " ")) 失败（退出码 \(outcome.status)）")
    }
    return outcome.output
  }

  /// The contents of blobs: their sizes first, with one `git cat-file --batch-check`, so that a blob over
  /// `CatalogFiles.maxFileSize` is refused without being read; then the rest with one `git cat-file --batch`.
  func blobs(
    _ objects: [(path: String, object: String)]
  ) throws(QingdanError) -> (files: [String: [UInt8]], refused: [String: String]) {
    guard !objects.isEmpty else { return ([:], [:]) }
    let request = Data(objects.map { $0.object + "\n" }.joined().utf8)
    // <object> SP <type> SP <size> LF, one line per object asked for.
    let sizes = try run(["cat-file", "--batch-check"], input: request).split(separator: UInt8(ascii: "\n"))
    guard sizes.count == objects.count else { throw .unreadable(path: objects[0].path, reason: "git 返回的内容无法识别") }
    var refused: [String: String] = [:]
    var wanted: [(path: String, object: String)] = []
    for (line, object) in zip(sizes, objects) {
      let header = String(decoding: line, as: UTF8.self).split(separator: " ")
      guard header.count == 3, let size = Int(header[2]) else {
        throw .unreadable(path: object.path, reason: "git 返回的内容无法识别")
      }
      if size > CatalogFiles.maxFileSize {
        refused[object.path] = CatalogFiles.tooLarge
      } else {
        wanted.append(object)
      }
    }
    guard !wanted.isEmpty else { return ([:], refused) }
    let output = try run(["cat-file", "--batch"], input: Data(wanted.map { $0.object + "\n" }.joined().utf8))
    var files: [String: [UInt8]] = [:]
    var index = 0
    for (path, _) in wanted {
      // <object> SP blob SP <size> LF <contents> LF
      guard let newline = output[index...].firstIndex(of: UInt8(ascii: "\n")) else { break }
      let header = String(decoding: output[index..<newline], as: UTF8.self).split(separator: " ")
      guard header.count == 3, let size = Int(header[2]), newline + 1 + size <= output.count else {
        throw .unreadable(path: path, reason: "git 返回的内容无法识别")
      }
      guard size <= CatalogFiles.maxFileSize else { throw .unreadable(path: path, reason: CatalogFiles.tooLarge) }
      files[path] = Array(output[(newline + 1)..<(newline + 1 + size)])
      index = newline + 1 + size + 1
    }
    return (files, refused)
  }
}
