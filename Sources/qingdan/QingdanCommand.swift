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
      var command = try parseAsRoot(Array(arguments))
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
}
