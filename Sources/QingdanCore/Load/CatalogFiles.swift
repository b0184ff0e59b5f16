import Foundation
import QingdanYAML

/// What a catalog folder holds: its YAML files, and the entries that look like catalog files but were not read.
public struct CatalogListing: Sendable, Equatable {
  /// Relative, `/`-separated, sorted.
  public var files: [String]
  /// Relative path → why it was not read (a link out of the catalog, a link to a folder, a device …).
  public var skipped: [String: String]

  public init(files: [String], skipped: [String: String] = [:]) {
    self.files = files
    self.skipped = skipped
  }
}

/// Finds and reads the files of a catalog folder.
public enum CatalogFiles {
  public static let rootFile = "qingdan.yaml"
  /// Files larger than this are refused rather than read into memory. A catalog file is typed by people: at about
  /// 1 KB an item, 64 MB would hold 60,000 items in one file (the generator for province-scale tests writes files
  /// of 1,000 items). Loading takes many times a file's size in memory, so the bound also bounds memory.
  public static let maxFileSize = 64 * 1024 * 1024

  /// Whether a file of this name (or path) is a catalog file. Hidden files (`.gitlab-ci.yml`,
  /// `.pre-commit-config.yaml`) are other tools' settings, not catalog files, just as hidden folders are skipped.
  public static func isCatalogFile(_ path: some StringProtocol) -> Bool {
    let name = path.split(separator: "/").last ?? ""
    return (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasPrefix(".")
  }

  /// Whether a folder of this name is left out (`.git`, `_drafts`, …).
  static func isSkippedFolder(_ name: some StringProtocol) -> Bool { name.hasPrefix(".") || name.hasPrefix("_") }

  /// Every `*.yaml` and `*.yml` below `root` except in folders whose name starts with `.` or `_`. A link to a
  /// file inside the catalog is read like the file; links to folders are not followed (no loops), and links out
  /// of the catalog are not read (a catalog cannot pull in other files): both are listed as skipped, as is a
  /// link to a folder that would have been searched, so that no file is left out without a word.
  public static func list(root: URL) throws(QingdanError) -> CatalogListing {
    var listing = CatalogListing(files: [])
    var folders: [String] = [""]
    let rootPath = realPath(root.path) ?? root.path
    while let folder = folders.popLast() {
      let url = folder.isEmpty ? root : root.appendingPathComponent(folder, isDirectory: true)
      let descriptor = openFolder(url, below: rootPath, relative: folder)
      guard descriptor >= 0 else {
        throw .unreadable(path: url.path, reason: "无法列出文件夹内容（" + (errno == ENAMETOOLONG ? tooLong : "没有权限？") + "）")
      }
      defer { close(descriptor) }
      let (names, undecodable) = try entries(of: descriptor, url: url)
      for raw in undecodable {
        let relative = (folder.isEmpty ? "" : folder + "/") + escapedName(raw)
        if let reason = undecodableName(raw, in: descriptor) { listing.skipped[relative] = reason }
      }
      for name in names {
        let relative = folder.isEmpty ? name : folder + "/" + name
        let path = root.appendingPathComponent(relative).path
        var info = stat()
        // Relative to the open folder, so that a path longer than the system takes is still looked at.
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
          // Gone since the folder was read: nothing to read. Anything else must not leave a file out in silence.
          if errno != ENOENT && (isCatalogFile(name) || !isSkippedFolder(name)) {
            listing.skipped[relative] = "无法访问（错误码 \(errno)），未读取"
          }
          continue
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
          if !isSkippedFolder(name) { folders.append(relative) }
        case S_IFREG:
          if isCatalogFile(name) { listing.files.append(relative) }
        case S_IFLNK where path.utf8.count >= pathLimit:
          // Its target cannot be looked up by path; reading it says why it is not read, as a `load` failure.
          if isCatalogFile(name) { listing.files.append(relative) }
        case S_IFLNK:
          switch LinkTarget(path, catalogRoot: rootPath) {
          case .catalogFile:
            if isCatalogFile(name) { listing.files.append(relative) }
          case .folder(let searched):
            // A folder that is searched anyway (a link to a catalog folder, or to the catalog itself) loses nothing.
            if !searched && (isCatalogFile(name) || !isSkippedFolder(name)) {
              listing.skipped[relative] = "是指向文件夹的链接，不进入链接的文件夹，其中的清单文件未读取"
            }
          case .problem(let reason):
            if isCatalogFile(name) { listing.skipped[relative] = reason }
          }
        default:
          if isCatalogFile(name) { listing.skipped[relative] = "不是普通文件（设备、管道或套接字），未读取" }
        }
      }
    }
    listing.files.sort()
    return listing
  }

  /// Paths at least this long are refused by the system (`ENAMETOOLONG`): PATH_MAX, 4096 bytes on Linux.
  static let pathLimit = Int(PATH_MAX)

  /// What a user is told about a path longer than the system takes, with what to do about it.
  static let tooLong = "路径长度超过系统上限（\(pathLimit) 字节），系统无法按路径打开；请缩短文件夹的名字或减少文件夹的层数"
  /// The same for a link there: where it leads cannot be checked, so it is not read.
  static let tooLongLink =
    "是一个链接，所在路径长度超过系统上限（\(pathLimit) 字节），无法确认它指向清单目录之内，未读取；请缩短文件夹的名字或减少文件夹的层数"

  /// A descriptor of the folder `url`, which is `relative` below the catalog folder whose real path is `root`, or
  /// -1 (with `errno`). When the path is longer than the system takes, the folder is opened one step at a time
  /// from the catalog folder, following no link (the listing never enters a linked folder anyway).
  static func openFolder(_ url: URL, below root: String, relative: String) -> Int32 {
    let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC
    guard url.path.utf8.count >= pathLimit else { return open(url.path, flags) }
    return openBelow(root, relative: relative, flags: flags)
  }

  /// `relative` below the folder `root`, opened one part at a time with `openat`, following no link on the way.
  static func openBelow(_ root: String, relative: String, flags: Int32) -> Int32 {
    var descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    let parts = relative.split(separator: "/")
    for (index, part) in parts.enumerated() where descriptor >= 0 {
      let last = index == parts.count - 1
      let next = openat(descriptor, String(part), (last ? flags : O_RDONLY | O_DIRECTORY | O_CLOEXEC) | O_NOFOLLOW)
      let saved = errno
      close(descriptor)
      errno = saved
      descriptor = next
    }
    return descriptor
  }

  /// The names in a folder, and the names that are not UTF-8 as raw bytes (`FileManager` would drop or mangle them).
  static func entries(of descriptor: Int32, url: URL) throws(QingdanError) -> (names: [String], undecodable: [[UInt8]])
  {
    let copy = dup(descriptor)
    guard copy >= 0, let folder = fdopendir(copy) else {
      if copy >= 0 { close(copy) }
      throw .unreadable(path: url.path, reason: "无法列出文件夹内容（没有权限？）")
    }
    defer { closedir(folder) }
    var names: [String] = []
    var undecodable: [[UInt8]] = []
    while let entry = readdir(folder) {
      let raw = withUnsafeBytes(of: &entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
      guard raw != Array(".".utf8) && raw != Array("..".utf8) else { continue }
      if let name = String(validating: raw, as: UTF8.self) {
        names.append(name)
      } else {
        undecodable.append(raw)
      }
    }
    return (names.sorted(), undecodable)
  }

  /// A name that is not UTF-8, for messages: what is UTF-8 as text, every other byte as `\xHH`.
  static func escapedName(_ raw: [UInt8]) -> String {
    var name = ""
    var parser = Unicode.UTF8.ForwardParser()
    var bytes = raw.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &bytes) {
      case .valid(let encoded):
        name.unicodeScalars.append(Unicode.UTF8.decode(encoded))
        offset += encoded.count
      case .error(let length):
        for byte in raw[offset..<(offset + length)] { name += "\\x" + String(byte, radix: 16, uppercase: true) }
        offset += length
      case .emptyInput:
        return name
      }
    }
  }

  /// Why a file or folder whose name is not UTF-8 is not read, or nil when it would not be read anyway (a hidden
  /// folder, a file that is not YAML). Such names come from archives made on Windows, in GBK.
  static func undecodableName(_ raw: [UInt8], in folder: Int32) -> String? {
    var info = stat()
    let name = raw + [0]
    let found = name.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { fstatat(folder, $0.baseAddress!, &info, AT_SYMLINK_NOFOLLOW) == 0 }
    }
    guard found, raw.first != UInt8(ascii: ".") else { return nil }
    let isFolder = info.st_mode & S_IFMT == S_IFDIR
    let yaml = raw.count > 4 && (raw.suffix(5) == Array(".yaml".utf8)[...] || raw.suffix(4) == Array(".yml".utf8)[...])
    guard isFolder ? raw.first != UInt8(ascii: "_") : yaml else { return nil }
    var reason = "的名字不是 UTF-8 编码"
    if let name = TextEncoding.convert(raw, from: "GB18030"), TextEncoding.looksLikeGB18030(raw) {
      reason += "（看起来是 GBK 编码的“\(name)”，在 Windows 上压缩、在别处解压的文件常这样）"
    }
    return reason + (isFolder ? "，这个文件夹中的清单文件未读取；请把它改名" : "，未读取；请把它改名")
  }

  /// Where a symbolic link in a catalog leads.
  enum LinkTarget {
    /// A regular file inside the catalog folder.
    case catalogFile
    /// A folder; `searched` when it is the catalog folder or one that the listing searches anyway.
    case folder(searched: Bool)
    /// Anything else: why the link is not read.
    case problem(String)

    init(_ path: String, catalogRoot: String) {
      guard let target = CatalogFiles.realPath(path) else {
        self = .problem(
          errno == ENAMETOOLONG
            ? CatalogFiles.tooLongLink
            : errno == ELOOP ? "是循环链接（链接最终指回自己），未读取" : "是一个链接，指向的文件不存在，未读取")
        return
      }
      var info = stat()
      guard stat(target, &info) == 0 else {
        self = .problem("是一个链接，指向的文件无法访问，未读取")
        return
      }
      if info.st_mode & S_IFMT == S_IFDIR {
        let inside = target == catalogRoot || target.hasPrefix(catalogRoot + "/")
        let below = target.dropFirst(catalogRoot.count).split(separator: "/")
        self = .folder(searched: inside && !below.contains(where: CatalogFiles.isSkippedFolder))
      } else if !target.hasPrefix(catalogRoot + "/") {
        self = .problem("是一个链接，指向清单目录以外的文件，未读取（清单只能包含清单目录内的文件）")
      } else if info.st_mode & S_IFMT != S_IFREG {
        self = .problem("是一个链接，指向的不是普通文件（设备、管道或套接字），未读取")
      } else {
        self = .catalogFile
      }
    }
  }

  /// The bytes of a regular file, refusing anything else (a device or a pipe would never end) and anything larger
  /// than `maxFileSize`. With `confinedTo` (the real path of a catalog folder), the file as opened must lie in that
  /// folder, so that a link swapped after the folder was listed cannot make qingdan read another file. A file that
  /// changes while it is read is refused: what was read may be half of one version and half of another.
  public static func read(_ url: URL, confinedTo root: String? = nil) throws(QingdanError) -> [UInt8] {
    // Non-blocking, so that opening a named pipe returns at once instead of waiting for a writer.
    let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw .unreadable(path: url.path, reason: openFailure(errno)) }
    return try read(descriptor: descriptor, url: url, confinedTo: root)
  }

  /// The file `relative` below the catalog folder whose real path is `root`, when its whole path is longer than
  /// the system takes: opened one folder at a time from `root`, following no link, so it stays in the catalog.
  static func read(below root: String, relative: String, url: URL) throws(QingdanError) -> [UInt8] {
    let descriptor = openBelow(root, relative: relative, flags: O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .unreadable(
        path: url.path, reason: errno == ELOOP ? tooLongLink : openFailure(errno))
    }
    return try read(descriptor: descriptor, url: url, confinedTo: nil)
  }

  private static func read(descriptor: Int32, url: URL, confinedTo root: String?) throws(QingdanError) -> [UInt8] {
    defer { close(descriptor) }
    var before = stat()
    guard fstat(descriptor, &before) == 0, before.st_mode & S_IFMT == S_IFREG else {
      throw .unreadable(path: url.path, reason: "不是普通文件")
    }
    if let root, let opened = realPath("/proc/self/fd/\(descriptor)"), !opened.hasPrefix(root + "/") {
      throw .unreadable(path: url.path, reason: "是指向清单目录以外的链接，未读取（清单只能包含清单目录内的文件）")
    }
    guard before.st_size <= maxFileSize else { throw .unreadable(path: url.path, reason: tooLarge) }
    var bytes = [UInt8](repeating: 0, count: Int(before.st_size) + 1)
    var filled = 0
    while true {
      if filled == bytes.count {
        guard bytes.count <= maxFileSize else { throw .unreadable(path: url.path, reason: tooLarge) }
        bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2)))
      }
      let count = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: url.path, reason: errno == EISDIR ? "这是一个文件夹" : "读取失败（磁盘或网络错误？）")
      }
      if count == 0 { break }
      filled += count
    }
    var after = stat()
    guard fstat(descriptor, &after) == 0, filled == Int(before.st_size), filled == Int(after.st_size),
      after.st_mtim.tv_sec == before.st_mtim.tv_sec, after.st_mtim.tv_nsec == before.st_mtim.tv_nsec
    else {
      throw .unreadable(path: url.path, reason: "文件在读取时被修改（可能正在保存），请在保存完成后重新运行")
    }
    bytes.removeLast(bytes.count - filled)
    return bytes
  }

  static let tooLarge = "文件大于 \(maxFileSize / 1024 / 1024) MB，不像清单文件"

  private static func openFailure(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "文件不存在"
    case EACCES, EPERM: return "没有读取权限"
    case ELOOP: return "是循环链接"
    case ENAMETOOLONG: return tooLong
    case EMFILE, ENFILE: return "同时打开的文件过多"
    default: return "无法打开"
    }
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// `path` with every link resolved, also when its last parts do not exist yet.
  package static func resolvedPath(_ path: String) -> String {
    if let real = realPath(path) { return real }
    let url = URL(fileURLWithPath: path)
    let parent = url.deletingLastPathComponent().path
    guard parent != path, !parent.isEmpty else { return path }
    let base = resolvedPath(parent)
    return (base.hasSuffix("/") ? base : base + "/") + url.lastPathComponent
  }
}
