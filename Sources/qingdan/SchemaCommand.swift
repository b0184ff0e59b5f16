import ArgumentParser
import Foundation
import QingdanKit

struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "输出清单文件和规则配置文件的 JSON Schema，供编辑器补全和悬停提示（中文说明）。"
  )

  @Option(help: "写入此文件夹：catalog.schema.json 和 profile.schema.json。省略时把 catalog.schema.json 输出到标准输出。")
  var out: String?

  func run() throws {
    guard let out else {
      try StandardOutput.write(CatalogSchema.document.rendered() + "\n")
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    } catch {
      throw QingdanError.writeFailed(path: out, reason: "无法创建文件夹")
    }
    for (name, document) in [
      (CatalogSchema.fileName, CatalogSchema.document), (ProfileSchema.fileName, ProfileSchema.document),
    ] {
      try AtomicFile.write(document.rendered() + "\n", to: (out as NSString).appendingPathComponent(name))
    }
    try StandardOutput.write("已写入 \(out)/\(CatalogSchema.fileName) 和 \(out)/\(ProfileSchema.fileName)。\n")
  }
}
