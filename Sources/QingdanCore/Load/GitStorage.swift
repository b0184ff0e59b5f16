import Foundation

/// A catalog as it was at a git revision, read through git itself (`ls-tree` and `cat-file --batch`), never by
/// checking anything out over the user's work tree.
public struct GitStorage: CatalogStorage {
  public let displayName: String
  public let reportRoot: String
  /// Catalog-relative path → contents, for every file below the catalog's folder at the revision.
  let files: [String: [UInt8]]
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
    files = try git.blobs(objects)
    listing = CatalogListing(files: objects.map(\.path).sorted(), skipped: skipped)
  }

  public func list() throws(QingdanError) -> CatalogListing { listing }

  public func read(_ path: String) throws(QingdanError) -> [UInt8] {
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

  /// The contents of blobs, read with one `git cat-file --batch`.
  func blobs(_ objects: [(path: String, object: String)]) throws(QingdanError) -> [String: [UInt8]] {
    guard !objects.isEmpty else { return [:] }
    let request = Data(objects.map { $0.object + "\n" }.joined().utf8)
    let output = try run(["cat-file", "--batch"], input: request)
    var files: [String: [UInt8]] = [:]
    var index = 0
    for (path, _) in objects {
      // <object> SP blob SP <size> LF <contents> LF
      guard let newline = output[index...].firstIndex(of: UInt8(ascii: "\n")) else { break }
      let header = String(decoding: output[index..<newline], as: UTF8.self).split(separator: " ")
      guard header.count == 3, let size = Int(header[2]), newline + 1 + size <= output.count else {
        throw .unreadable(path: path, reason: "git 返回的内容无法识别")
      }
      guard size <= CatalogFiles.maxFileSize else {
        throw .unreadable(path: path, reason: "文件大于 \(CatalogFiles.maxFileSize / 1024 / 1024) MB，不像清单文件")
      }
      files[path] = Array(output[(newline + 1)..<(newline + 1 + size)])
      index = newline + 1 + size + 1
    }
    return files
  }
}
