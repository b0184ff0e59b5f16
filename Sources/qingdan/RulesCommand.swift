import ArgumentParser
import Foundation
import QingdanKit

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "列出全部规则：在规则配置下的级别、参数、依据和说明。"
  )

  @Argument(help: "清单目录（可选）：给出时，使用该清单的规则配置和 qingdan.yaml 中的 rules 设置。")
  var catalog: String?

  @OptionGroup var profileOption: ProfileOption
  @OptionGroup var reportFormat: FormatOption<RulesReference>

  func run() throws {
    let resolved = try resolveProfile()
    let reference = RulesReference(profile: resolved)
    guard let text = reference.report(reportFormat.format) else {
      throw QingdanError.invalidArgument("此命令不支持输出格式 \(reportFormat.format.rawValue)。")
    }
    try StandardOutput.write(text)
  }

  private func resolveProfile() throws -> Profile {
    if let catalog {
      let storage = DirectoryStorage(path: catalog)
      let override = profileOption.profile.map(storage.profileReference(fromCommandLine:))
      let loaded = try CatalogLoader().load(storage, profileOverride: override)
      if let failure = loaded.failures.first {
        throw QingdanError.invalidArgument("无法确定规则配置：\(failure.location) \(failure.message)")
      }
      return loaded.profile
    }
    let reference = profileOption.profile ?? BuiltinProfiles.defaultID
    if let builtin = BuiltinProfiles.profile(reference) { return builtin }
    let url = URL(fileURLWithPath: reference).standardizedFileURL
    let storage = DirectoryStorage(path: url.deletingLastPathComponent().path)
    let location = SourceLocation(file: url.lastPathComponent, line: 1, column: 1)
    let resolution = ProfileLoader(storage: storage).resolve(
      url.lastPathComponent, referencedAt: location, confined: false)
    if let problem = resolution.findings.first {
      throw QingdanError.invalidArgument("规则配置“\(reference)”有问题：\(problem.location) \(problem.message)")
    }
    return resolution.profile
  }
}
