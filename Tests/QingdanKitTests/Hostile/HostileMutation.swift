import Foundation
import QingdanKit
import Testing

/// A catalog that changes between the listing of its files and their reading — an editor saving, a `git
/// checkout`, a sync client — made deterministic: the storage makes the change right after it lists.
enum HostileMutation {
  static func check(
    _ mutation: HostileCase.Mutation, run: HostileCase.Run, in workspace: HostileWorkspace, label: String
  )
    throws
  {
    let storage = MutatingStorage(
      directory: DirectoryStorage(path: workspace.catalog.path), mutation: mutation, workspace: workspace)
    let result = try Checker().check(storage)
    #expect(result.exitStatus(failOn: .error) == run.exit, "\(label): \(result.diagnostics.map(\.message))")
    let reported = result.diagnostics.filter { !$0.waived }.map {
      HostileExpectations.Reported(
        rule: $0.rule, file: $0.location.file, line: $0.location.line, column: $0.location.column, message: $0.message)
    }
    HostileExpectations.check(reported, against: run, secret: HostileWorkspace.secret)
    // The same catalog, left as the change made it, loads again with a report about its new state.
    let again = try Checker().check(DirectoryStorage(path: workspace.catalog.path))
    #expect(!again.diagnostics.contains { $0.message.contains(HostileWorkspace.secret) }, "\(label): secret read")
  }
}

/// A catalog folder whose files change once, right after they are listed.
struct MutatingStorage: CatalogStorage {
  let directory: DirectoryStorage
  let mutation: HostileCase.Mutation
  let outside: URL
  let catalog: URL

  init(directory: DirectoryStorage, mutation: HostileCase.Mutation, workspace: HostileWorkspace) {
    self.directory = directory
    self.mutation = mutation
    outside = workspace.outside
    catalog = workspace.catalog
  }

  var displayName: String { directory.displayName }

  func list() throws(QingdanError) -> CatalogListing {
    let listing = try directory.list()
    mutate()
    return listing
  }

  func read(_ path: String) throws(QingdanError) -> [UInt8] { try directory.read(path) }

  private func mutate() {
    let manager = FileManager.default
    let file = catalog.appendingPathComponent(mutation.path)
    switch mutation.action {
    case .delete:
      try? manager.removeItem(at: file)
    case .replaceWithFolder:
      try? manager.removeItem(at: file)
      try? manager.createDirectory(at: file, withIntermediateDirectories: false)
    case .linkOutside:
      try? manager.removeItem(at: file)
      try? manager.createSymbolicLink(
        atPath: file.path, withDestinationPath: outside.appendingPathComponent("secret.yaml").path)
    case .truncateHalf:
      let data = (try? Data(contentsOf: file)) ?? Data()
      try? data.prefix(data.count / 2).write(to: file)
    }
  }
}
