import Foundation
import QingdanCore

/// Typesets the print edition with WeasyPrint (70 or later), found in `$QINGDAN_WEASYPRINT`, on `PATH`, or in the
/// `.venv` that `make deps` creates.
public struct WeasyPrint {
  public static let minimumMajorVersion = 70
  static let installHint =
    "请运行 make deps（会安装字体和 WeasyPrint），或执行 python3 -m venv .venv && .venv/bin/pip install 'weasyprint>=70'，"
    + "或用环境变量 QINGDAN_WEASYPRINT 指定 weasyprint 的路径。"

  public let executable: URL

  /// Finds WeasyPrint and checks its version.
  public static func locate() throws(QingdanError) -> WeasyPrint {
    let environment = ProcessInfo.processInfo.environment
    var candidates: [String] = []
    if let path = environment["QINGDAN_WEASYPRINT"], !path.isEmpty { candidates.append(path) }
    for folder in (environment["PATH"] ?? "").split(separator: ":") { candidates.append("\(folder)/weasyprint") }
    candidates.append(FileManager.default.currentDirectoryPath + "/.venv/bin/weasyprint")
    guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      throw .invalidArgument("生成 PDF 手册需要 WeasyPrint \(minimumMajorVersion) 或更高版本，但没有找到。" + installHint)
    }
    let weasyprint = WeasyPrint(executable: URL(fileURLWithPath: path))
    let version = try weasyprint.version()
    guard let major = Int(version.split(separator: ".").first ?? ""), major >= minimumMajorVersion else {
      throw .invalidArgument("找到的 WeasyPrint（\(path)）版本是 \(version)，需要 \(minimumMajorVersion) 或更高版本。" + installHint)
    }
    return weasyprint
  }

  /// `70.0` from `WeasyPrint version 70.0`.
  func version() throws(QingdanError) -> String {
    let output = try run(["--version"])
    return output.split(separator: " ").last.map { String($0).trimmingWhitespace } ?? ""
  }

  /// Renders `html` to `pdf`.
  public func render(html: URL, pdf: URL) throws(QingdanError) {
    _ = try run(["--quiet", "--base-url", html.deletingLastPathComponent().path + "/", html.path, pdf.path])
  }

  private func run(_ arguments: [String]) throws(QingdanError) -> String {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    // One pipe for both streams: reading two pipes one after the other could block on the second filling up.
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    do {
      try process.run()
    } catch {
      throw .invalidArgument("无法运行 WeasyPrint（\(executable.path)）：\(error.localizedDescription)。" + Self.installHint)
    }
    let text = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let detail = String(decoding: text, as: UTF8.self).trimmingWhitespace
      throw .writeFailed(path: "handbook.pdf", reason: "WeasyPrint 排版失败（退出码 \(process.terminationStatus)）：\(detail)")
    }
    return String(decoding: text, as: UTF8.self)
  }
}
