import ArgumentParser
import Foundation
import QingdanKit

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "检查清单：载入目录中的全部文件，按规则配置逐条检查。",
    discussion: "退出码：0 没有达到 --fail-on 级别的问题；1 有；2 清单无法载入或用法错误。"
  )

  @Argument(help: "清单目录（含 qingdan.yaml 的文件夹）。")
  var catalog = "."

  @Option(help: "输出格式：human（默认）或 json。")
  var format: ReportFormat = .human

  @Option(name: .customLong("fail-on"), help: "达到此级别即以退出码 1 结束：error（默认）、warning 或 info。")
  var failOn: Severity = .error

  @Option(help: "本次检查使用的规则配置，代替 county.profile：内置 id，或配置文件的路径（相对于当前目录；找不到时相对于清单目录）。")
  var profile: String?

  @Option(help: "颜色：auto（默认，终端上才着色）、always、never。")
  var color: ColorChoice = .auto

  func run() throws {
    let storage = DirectoryStorage(path: catalog)
    let result = try Checker().check(storage, profileOverride: profile.map(storage.profileReference(fromCommandLine:)))
    let reporter = format.reporter(root: catalog, color: color.enabled)
    try StandardOutput.write(reporter.render(result))
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
