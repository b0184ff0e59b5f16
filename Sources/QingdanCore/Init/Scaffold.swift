import Foundation

/// `qingdan init`: a new county catalog that checks clean and builds at once — qingdan.yaml, departments, one
/// township, one item of each kind, with a Chinese comment on every field — and the files that wire it into git,
/// GitHub Actions, GitLab CI and pre-commit.
public struct Scaffold {
  public var countyName: String
  public var countyCode: String

  public init(countyName: String, countyCode: String) {
    self.countyName = countyName
    self.countyCode = countyCode
  }

  /// Path → contents.
  public var files: [String: String] {
    let templates = ScaffoldTemplates(county: countyName, code: countyCode)
    let catalog = [
      "qingdan.yaml": templates.root,
      "departments.yaml": templates.departments,
      "townships/shili.yaml": templates.township,
      "powers/fading.yaml": templates.powers,
      "services/shehui-jiuzhu.yaml": templates.services,
      "village/weituo.yaml": templates.village,
      "waivers.yaml": templates.waivers,
    ]
    var files = Dictionary(uniqueKeysWithValues: catalog.map { ($0, CIFiles.schemaModeline(for: $0) + $1) })
    files.merge([
      CIFiles.schemaFolder + "/" + CatalogSchema.fileName: CatalogSchema.document.rendered() + "\n",
      CIFiles.schemaFolder + "/" + ProfileSchema.fileName: ProfileSchema.document.rendered() + "\n",
      ".gitignore": CIFiles.gitignore,
      ".github/workflows/qingdan.yml": CIFiles.github,
      ".gitlab-ci.yml": CIFiles.gitlab,
      ".pre-commit-config.yaml": CIFiles.preCommit,
      ".vscode/settings.json": CIFiles.vscode,
    ]) { _, new in new }
    return files
  }

  /// Writes the scaffold into `folder`, refusing a folder that already holds a catalog or any of the files.
  public func write(into folder: String) throws(QingdanError) {
    let root = URL(fileURLWithPath: folder, isDirectory: true)
    let manager = FileManager.default
    if manager.fileExists(atPath: root.appendingPathComponent(CatalogFiles.rootFile).path) {
      throw .invalidArgument("“\(folder)”中已有清单（qingdan.yaml）；qingdan init 只在新文件夹或没有清单的文件夹中创建。")
    }
    let existing = files.keys.sorted().filter { manager.fileExists(atPath: root.appendingPathComponent($0).path) }
    guard existing.isEmpty else {
      throw .invalidArgument("“\(folder)”中已有这些文件，为免覆盖未做任何改动：\(existing.joined(separator: "、"))")
    }
    guard Formats.isDigits(countyCode, count: 6) else {
      throw .invalidArgument("县级行政区划代码应为 6 位数字，例如 520626。")
    }
    for (path, text) in files.sorted(by: { $0.key < $1.key }) {
      let file = root.appendingPathComponent(path)
      do {
        try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      } catch {
        throw .writeFailed(path: file.deletingLastPathComponent().path, reason: "无法创建文件夹")
      }
      try AtomicFile.write(text, to: file.path)
    }
  }
}
