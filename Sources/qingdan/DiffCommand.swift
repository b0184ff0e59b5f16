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
      退出码：0 没有达到 --fail-on 级别的问题；1 有；2 有一版清单无法载入、版本或路径不存在，或用法错误。
      """
  )

  @Argument(help: "旧版：清单目录或 git 版本（如 v1、HEAD~1、v1:catalogs/dejiang）。")
  var old: String

  @Argument(help: "新版：清单目录或 git 版本；省略时为当前目录。")
  var new = "."

  @Option(help: "输出格式：human（默认）、markdown（调整情况说明）、json、sarif、junit 或 github。")
  var format: DiffFormat = .human

  @Option(help: "把报告写入此文件（整体写入）；终端上仍显示给人看的结果。")
  var output: String?

  @Option(name: .customLong("fail-on"), help: "达到此级别即以退出码 1 结束：error（默认）、warning 或 info。")
  var failOn: Severity = .error

  @Option(help: "新版使用的规则配置，代替 county.profile。")
  var profile: String?

  @Option(help: "颜色：auto（默认）、always、never。")
  var color: ColorChoice = .auto

  func run() throws {
    let locator = EditionLocator()
    let newStorage = try locator.storage(new, samePath: old)
    let oldStorage = try locator.storage(old, samePath: new)
    let override =
      (newStorage as? DirectoryStorage).map { storage in profile.map(storage.profileReference(fromCommandLine:)) }
      ?? profile
    let (oldEdition, newEdition) = try CatalogLoader().load(old: oldStorage, new: newStorage, profileOverride: override)
    let diff = EditionComparer().compare(
      old: oldEdition, new: newEdition, oldName: oldStorage.displayName, newName: newStorage.displayName,
      oldRoot: oldStorage.reportRoot, newRoot: newStorage.reportRoot)
    KeptUntilExit.keep(diff)
    let report = format.reporter(color: color.enabled && output == nil).render(diff)
    let catalogs = [oldStorage, newStorage].compactMap { ($0 as? DirectoryStorage)?.root }
    try ReportDelivery.deliver(report, to: output, catalogs: catalogs) {
      DiffFormat.human.reporter(color: color.enabled).render(diff)
    }
    let status = diff.exitStatus(failOn: failOn)
    if status != 0 { throw ExitCode(status) }
  }
}

extension DiffFormat: ExpressibleByArgument {}
