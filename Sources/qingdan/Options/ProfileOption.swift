import ArgumentParser
import QingdanKit

/// `--profile`: the rules profile to use instead of the catalog's `county.profile`.
struct ProfileOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "本次使用的规则配置，代替 county.profile（diff 中用于新版）：内置 id（\(HelpList.phrase(BuiltinProfiles.ids))），或配置文件的路径（相对于当前目录；找不到时相对于清单目录）。"
    ))
  var profile: String?
}
