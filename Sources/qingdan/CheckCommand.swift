import ArgumentParser
import Foundation
import QingdanKit

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "检查清单：载入目录中的全部文件，按规则配置逐条检查。",
    discussion: "退出码：0 没有达到 --fail-on 级别的问题；1 有；2 清单无法载入、文件无法写入或用法错误。"
  )

  @OptionGroup var catalogArgument: CatalogArgument
  @OptionGroup var reportFormat: FormatOption<CheckResult>
  @OptionGroup var report: ReportOptions
  @OptionGroup var profileOption: ProfileOption

  @Option(help: "基线文件：其中记录的已知问题照常列出，但不再导致失败；只有新问题才失败。")
  var baseline: String?

  @Option(name: .customLong("write-baseline"), help: "把当前的全部问题记入此基线文件（用于在已有清单上开始使用 qingdan）。")
  var writeBaseline: String?

  func run() throws {
    let catalog = catalogArgument.catalog
    let storage = DirectoryStorage(path: catalog)
    var result = try Checker().check(
      storage, profileOverride: profileOption.profile.map(storage.profileReference(fromCommandLine:)))
    KeptUntilExit.keep(result)
    if let writeBaseline {
      let recorded = Baseline(recording: result.diagnostics)
      try AtomicFile.refuseCatalogFile(writeBaseline, catalogRoots: [storage.root])
      try AtomicFile.write(recorded.render(), to: writeBaseline)
      result = result.applying(recorded)
      StandardError.write("已把 \(recorded.entries.count) 条问题记入基线 \(writeBaseline)。\n")
    } else if let baseline {
      result = result.applying(try Baseline.read(baseline))
    }
    try report.deliver(result, in: reportFormat.format, root: catalog, catalogs: [storage.root])
    let status = result.exitStatus(failOn: report.failOn)
    if status != 0 { throw ExitCode(status) }
  }
}
