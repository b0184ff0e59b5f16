import Foundation
import QingdanCore

/// The folders of a staging area, each created once and held open, so that files are created relative to their
/// folder rather than by walking a path each time.
///
/// On ext4 without a journal, the kernel avoids reusing an inode deleted in the last few minutes, and finding a
/// fresh one means skipping every such inode of the folder's block group, for every new file: after the previous
/// output's hundred thousand pages were deleted, writing the next hundred thousand into the same block groups
/// took ten times longer than rendering them. So the staging folder is marked as the top of a directory tree
/// (`chattr +T`), which makes ext4 place each folder below it in a block group of its own choosing, and the
/// folders at its top are created under new random names (ext4 starts looking from a hash of the name) and given
/// their real names when everything is written. Elsewhere the mark is refused or ignored, at no cost.
final class StagingFolders {
  private let staging: URL
  private let destination: URL
  private var descriptors: [String: Int32] = [:]
  /// Temporary name → real name of the folders at the top.
  private var renames: [(String, String)] = []

  /// Creates `folders` (paths relative to `staging`, `""` for `staging` itself) and the folders around them.
  init(_ staging: URL, folders: Set<String>, destination: URL) throws(QingdanError) {
    self.staging = staging
    self.destination = destination
    let top = open(staging.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard top >= 0 else { throw failure(errno, "") }
    descriptors[""] = top
    Self.spreadSubfolders(top)
    var all = Set<String>()
    for folder in folders where !folder.isEmpty {
      let parts = folder.split(separator: "/")
      for end in 1...parts.count { all.insert(parts[..<end].joined(separator: "/")) }
    }
    // Parents sort before their subfolders.
    for folder in all.sorted() {
      let (parent, name) = Self.parentAndName(folder)
      let temporary = parent.isEmpty ? ".\(name).qingdan-\(UInt32.random(in: 0...UInt32.max))" : name
      guard let parentDescriptor = descriptors[parent], mkdirat(parentDescriptor, temporary, 0o755) == 0 else {
        throw failure(errno, folder)
      }
      let descriptor = openat(parentDescriptor, temporary, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard descriptor >= 0 else { throw failure(errno, folder) }
      descriptors[folder] = descriptor
      if parent.isEmpty { renames.append((temporary, name)) }
    }
  }

  deinit { close() }

  /// The open folder; every folder of the files was created in `init`.
  func descriptor(_ folder: String) -> Int32 { descriptors[folder]! }

  /// Gives the folders at the top their real names.
  func finish() throws(QingdanError) {
    let top = descriptor("")
    for (temporary, name) in renames where renameat(top, temporary, top, name) != 0 {
      throw failure(errno, name)
    }
    renames = []
  }

  func close() {
    for descriptor in descriptors.values { Glibc.close(descriptor) }
    descriptors = [:]
  }

  private func failure(_ code: Int32, _ folder: String) -> QingdanError {
    let place = folder.isEmpty ? staging.path : folder
    return .writeFailed(
      path: destination.path, reason: "无法创建文件夹（\(WriteFailure(code).reason)，写到 \(place) 时）；原有输出保持不变")
  }

  private static func parentAndName(_ folder: String) -> (String, String) {
    guard let slash = folder.lastIndex(of: "/") else { return ("", folder) }
    return (String(folder[..<slash]), String(folder[folder.index(after: slash)...]))
  }

  /// `chattr +T`: ext4's FS_TOPDIR_FL, through FS_IOC_GETFLAGS and FS_IOC_SETFLAGS (which take an int).
  private static func spreadSubfolders(_ descriptor: Int32) {
    let (getFlags, setFlags, topDirectory): (UInt, UInt, Int32) = (0x8008_6601, 0x4008_6602, 0x0002_0000)
    var flags: Int32 = 0
    guard ioctl(descriptor, getFlags, &flags) == 0, flags & topDirectory == 0 else { return }
    flags |= topDirectory
    _ = ioctl(descriptor, setFlags, &flags)
  }
}
