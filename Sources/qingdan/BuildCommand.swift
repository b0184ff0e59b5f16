import ArgumentParser
import Foundation
import QingdanKit

struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "发布清单：生成办事指南网站、印刷版手册（PDF）、表格（CSV）和 Markdown 手册。",
    discussion: """
      先检查清单；有错误时不生成任何文件（退出码 1），用 --force 可生成标有“草稿”的校对稿。\
      输出先写入输出目录旁的临时文件夹，全部完成后才替换原输出，失败时原输出保持不变。
      退出码：0 已生成；1 清单有错误，未生成；2 清单无法载入、输出目录不可用、WeasyPrint 不可用或用法错误。
      """
  )

  @OptionGroup var catalogArgument: CatalogArgument

  @Option(name: .customLong("out"), help: "输出目录；整个目录由本次生成的内容替换。")
  var output = "_site"

  @Flag(help: "同时用 WeasyPrint 排版印刷版手册 handbook.pdf。")
  var pdf = false

  @Flag(help: "清单有错误时仍然生成，每页标“草稿”并列出各事项的问题。")
  var force = false

  @OptionGroup var profileOption: ProfileOption

  @Option(help: "与之比较的早先版本（清单目录或 git 版本，如 v1）：加一页“本版调整”，并在新增和调整的事项上注明。")
  var since: String?

  func run() throws {
    Interruption.setNotice("qingdan：生成已中断，未生成任何文件；原有输出保持不变。")
    let catalog = catalogArgument.catalog
    let storage = DirectoryStorage(path: catalog)
    let result = try Checker().check(
      storage, profileOverride: profileOption.profile.map(storage.profileReference(fromCommandLine:)))
    let options = SiteBuilder.Options(output: output, pdf: pdf, force: force)
    var changes: EditionDiff?
    if let since, result.loaded.loaded {
      let earlier = try EditionLocator().storage(since, samePath: catalog)
      // The new edition is checked above; the build needs only the changes and the rules on them.
      changes = EditionComparer().compare(
        old: try CatalogLoader().load(earlier), new: result.loaded, oldName: earlier.displayName,
        newName: storage.displayName, checkingEditions: false)
      if let failure = changes?.old.failures.first {
        throw QingdanError.invalidArgument("早先版本“\(since)”无法载入：\(failure.location) \(failure.message)")
      }
    }
    KeptUntilExit.keep(result)
    if let changes { KeptUntilExit.keep(changes) }
    switch try SiteBuilder().build(result, catalogRoot: storage.root, options: options, changes: changes) {
    case .refused(let result):
      let report = HumanReporter(root: catalog, color: false).render(result)
      var message = report + "\n"
      if result.loaded.loaded {
        message += "清单有 \(result.summary.error) 个错误，未生成任何文件。请先改正；如需校对稿，可加 --force 生成草稿。\n"
      } else {
        message += "清单无法载入，未生成任何文件。\n"
      }
      StandardError.write(message)
      throw ExitCode(result.exitStatus(failOn: .error))
    case .built(let files, let draft, let publication):
      KeptUntilExit.keep(publication)
      let out = output.hasSuffix("/") ? output : output + "/"
      var lines = [draft ? "已生成草稿（清单尚有错误，不得对外公布）：" : "已生成："]
      lines.append("  办事指南  \(out)index.html（共 \(files.filter { $0.hasSuffix(".html") }.count) 个页面）")
      if files.contains("handbook.pdf") { lines.append("  印刷版手册 \(out)handbook.pdf") }
      lines.append("  表格      \(out)catalog.csv")
      lines.append("  Markdown  \(out)handbook.md")
      try StandardOutput.write(lines.joined(separator: "\n") + "\n")
    }
  }
}
