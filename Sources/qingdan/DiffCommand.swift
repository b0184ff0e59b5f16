import ArgumentParser
import Foundation
import QingdanKit

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "比较两版清单：列出新增、取消、更名、编码变更、扩大或缩小实施范围和调整，并检查不得上收等规则。",
    discussion: """
      OLD 和 NEW 是清单目录，或当前 git 仓库的版本：REV 表示该版本中同一路径下的清单，REV:路径 指定路径\
      （相对于仓库根目录；以 ./ 开头时相对于当前目录）。git 版本直接从仓库读取，不会改动工作区。
      两版清单都像 check 一样逐条检查（旧版按旧版自己的规则配置），每个问题注明是旧版还是新版的；有问题的一版不会被当作      没有变化放过。
      退出码：0 两版的问题和变化都没有达到 --fail-on 级别；1 有；2 有一版清单无法载入、版本或路径不存在，或用法错误。
      """
  )

  @Argument(help: "旧版：清单目录或 git 版本（如 v1、HEAD~1、v1:catalogs/dejiang）。")
  var old: String

  @Argument(help: "新版：清单目录或 git 版本；省略时为当前目录。")
  var new = "."

  @OptionGroup var reportFormat: FormatOption<EditionDiff>
  @OptionGroup var report: ReportOptions
  @OptionGroup var profileOption: ProfileOption

  func run() throws {
    let locator = EditionLocator()
    let newStorage = try locator.storage(new, samePath: old)
    let oldStorage = try locator.storage(old, samePath: new)
    let override =
      (newStorage as? DirectoryStorage).map { storage in
        profileOption.profile.map(storage.profileReference(fromCommandLine:))
      } ?? profileOption.profile
    let (oldEdition, newEdition) = try CatalogLoader().load(old: oldStorage, new: newStorage, profileOverride: override)
    let diff = EditionComparer().compare(
      old: oldEdition, new: newEdition, oldName: oldStorage.displayName, newName: newStorage.displayName,
      oldRoot: oldStorage.reportRoot, newRoot: newStorage.reportRoot)
    KeptUntilExit.keep(diff)
    let catalogs = [oldStorage, newStorage].compactMap { ($0 as? DirectoryStorage)?.root }
    try report.deliver(diff, in: reportFormat.format, catalogs: catalogs)
    let status = diff.exitStatus(failOn: report.failOn)
    if status != 0 { throw ExitCode(status) }
  }
}
