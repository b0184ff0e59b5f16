import ArgumentParser
import Foundation
import QingdanKit

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "新建一份清单：qingdan.yaml、部门、一个乡镇、每类事项各一项（每个字段都有中文注释），以及 git、CI 和编辑器的配置。"
  )

  @Argument(help: "新清单的文件夹（不存在时创建；已有清单时拒绝）。")
  var folder: String

  @Option(help: "县(市、区)名称。")
  var name = "示例县"

  @Option(help: "6 位县级行政区划代码。")
  var code = "520000"

  func run() throws {
    let scaffold = Scaffold(countyName: name, countyCode: code)
    try scaffold.write(into: folder)
    try StandardOutput.write(
      """
      已在 \(folder) 中新建清单（\(scaffold.files.count) 个文件）。接下来：
        qingdan check \(folder)            检查
        qingdan build \(folder) --out _site 生成办事指南
      编辑器：VS Code 装 YAML 扩展后，清单文件即有补全和中文说明（.vscode/settings.json 已配置）。

      """)
  }
}
