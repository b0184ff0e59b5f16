import ArgumentParser
import Foundation
import QingdanKit

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "检查清单：载入目录中的全部文件，按规则配置逐条检查。",
    discussion: "退出码：0 没有达到 --fail-on 级别的问题；1 有；2 清单无法载入、文件无法写入或用法错误。"
  )

  @Argument(help: "清单目录（含 qingdan.yaml 的文件夹）。")
  var catalog = "."

  @Option(help: "输出格式：human（默认）、json、sarif、junit 或 github（GitHub Actions 注释）。")
  var format: ReportFormat = .human

  @Option(help: "把报告写入此文件（整体写入，不会留下半个文件）；终端上仍显示给人看的结果。")
  var output: String?

  @Option(name: .customLong("fail-on"), help: "达到此级别即以退出码 1 结束：error（默认）、warning 或 info。")
  var failOn: Severity = .error

  @Option(help: "本次检查使用的规则配置，代替 county.profile：内置 id，或配置文件的路径（相对于当前目录；找不到时相对于清单目录）。")
  var profile: String?

  @Option(help: "基线文件：其中记录的已知问题照常列出，但不再导致失败；只有新问题才失败。")
  var baseline: String?

  @Option(name: .customLong("write-baseline"), help: "把当前的全部问题记入此基线文件（用于在已有清单上开始使用 qingdan）。")
  var writeBaseline: String?

  @Option(help: "颜色：auto（默认，终端上才着色）、always、never。")
  var color: ColorChoice = .auto

  func run() throws {
    let storage = DirectoryStorage(path: catalog)
    var result = try Checker().check(storage, profileOverride: profile.map(storage.profileReference(fromCommandLine:)))
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
    let report = format.reporter(root: catalog, color: color.enabled && output == nil).render(result)
    try ReportDelivery.deliver(report, to: output, catalogs: [storage.root]) {
      ReportFormat.human.reporter(root: catalog, color: color.enabled).render(result)
    }
    let status = result.exitStatus(failOn: failOn)
    if status != 0 { throw ExitCode(status) }
  }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto
  case always
  case never

  var enabled: Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      let environment = ProcessInfo.processInfo.environment
      return isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
  }
}

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
