import Foundation

/// Turns an argument of `qingdan diff` or `build --since` into a catalog: a folder, or a git revision of the
/// repository the command runs in — `REV` (the catalog at the same path) or `REV:path` (relative to the
/// repository's top level, or to the working directory when it is `.` or `..` or starts with `./` or `../`, as git
/// reads it).
public struct EditionLocator {
  let workingDirectory: URL

  public init(workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
    self.workingDirectory = workingDirectory.standardizedFileURL
  }

  /// `argument` as a catalog. `samePath`, a folder, says where the catalog lies when `argument` is a bare
  /// revision; without it, the working directory does.
  public func storage(_ argument: String, samePath folder: String? = nil) throws(QingdanError) -> any CatalogStorage {
    if isFolder(argument) { return DirectoryStorage(path: argument) }
    guard let top = Git.topLevel(of: workingDirectory) else {
      throw .invalidArgument("“\(argument)”不是文件夹；当前目录也不在 git 仓库中，无法把它当作 git 版本读取。")
    }
    let revision: String
    let path: String
    if let colon = argument.firstIndex(of: ":") {
      revision = String(argument[..<colon])
      let given = String(argument[argument.index(after: colon)...])
      // Relative to the working directory, through git's own idea of where that lies in the repository (the prefix
      // of `rev-parse --show-prefix`), so that folders reached through links and folders that exist only in the
      // revision resolve as git resolves them.
      let first = given.split(separator: "/", omittingEmptySubsequences: false).first ?? ""
      if first == "." || first == "..", let prefix = Git.prefix(of: workingDirectory) {
        path = RelativePath.normalized(prefix + given)
      } else {
        path = given
      }
    } else {
      revision = argument
      let base = folder.flatMap { isFolder($0) ? URL(fileURLWithPath: $0, relativeTo: workingDirectory) : nil }
      path = relative(base ?? workingDirectory, to: top)
    }
    guard !path.hasPrefix("../"), path != ".." else {
      throw .invalidArgument("“\(argument)”指向 git 仓库 \(top.path) 之外。")
    }
    return try GitStorage(repository: top, revision: revision, path: path)
  }

  /// Asked of the system as written, every part of it: `v1:./..` is not a folder even though, read as text,
  /// `v1:.` followed by `..` would lead back to the working directory.
  private func isFolder(_ path: String) -> Bool {
    var info = stat()
    let full = path.hasPrefix("/") ? path : workingDirectory.path + "/" + path
    return stat(full, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// `url`'s path below `top`, `/`-separated; `""` for the top itself.
  private func relative(_ url: URL, to top: URL) -> String {
    let path = CatalogFiles.realPath(url.standardizedFileURL.path) ?? url.standardizedFileURL.path
    let base = CatalogFiles.realPath(top.path) ?? top.path
    if path == base { return "" }
    if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
    return "../" + path
  }
}
