import ArgumentParser
import Foundation
import QingdanKit

/// The root command. Misuse exits with status 2, as FORMAT.md specifies, rather than ArgumentParser's 64.
struct QingdanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "qingdan",
    abstract: "乡镇权责清单工具：检查、发布和比较县级乡镇权责清单目录。",
    version: QingdanVersion.current,
    subcommands: [
      CheckCommand.self, BuildCommand.self, DiffCommand.self, RulesCommand.self, SchemaCommand.self, InitCommand.self,
    ]
  )

  /// Runs the command line and returns the exit status.
  static func main(_ arguments: ArraySlice<String>) -> Int32 {
    do {
      var command = try parseAsRoot(try pathsStartingWithDash(Array(arguments)))
      try command.run()
      return 0
    } catch let error as QingdanError {
      StandardError.write("qingdan：" + error.description + "\n")
      return 2
    } catch let code as ExitCode {
      return code.rawValue
    } catch {
      let status = exitCode(for: error)
      let message = fullMessage(for: error)
      if status == .success {
        do {
          try StandardOutput.write(message + "\n")
          return 0
        } catch {
          StandardError.write("qingdan：" + error.description + "\n")
          return 2
        }
      }
      StandardError.write("qingdan：命令用法不正确。\n" + message + "\n")
      return 2
    }
  }

  /// swift-argument-parser reads `-dashdir` as the short flags `-d -a -s -h …`, and the `-h` among them prints
  /// the help and exits 0, having checked nothing. qingdan has no short option but `-h`, so a word that starts
  /// with one dash is a folder or file when one of that name exists (passed on as `./-dashdir`), and otherwise a
  /// usage error that says how to name such a path.
  static func pathsStartingWithDash(_ arguments: [String]) throws(QingdanError) -> [String] {
    var result: [String] = []
    for (index, argument) in arguments.enumerated() {
      if argument == "--" { return result + arguments[index...] }
      guard argument.hasPrefix("-"), !argument.hasPrefix("--"), !["-", "-h", "-help"].contains(argument) else {
        result.append(argument)
        continue
      }
      var info = stat()
      guard lstat(argument, &info) == 0 else {
        throw .invalidArgument(
          "“\(argument)”不是 qingdan 的选项，也没有这个名字的文件夹或文件。"
            + "若它是以“-”开头的文件夹或文件名，请写成 ./\(argument)，或放在 -- 之后（例如 qingdan check -- \(argument)）。")
      }
      result.append("./" + argument)
    }
    return result
  }
}
