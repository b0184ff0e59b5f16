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
    let outcome = try run(["--version"])
    guard outcome.status == 0 else {
      throw .invalidArgument(
        "WeasyPrint（\(executable.path)）无法运行（退出码 \(outcome.status)）：\(outcome.lastErrorLine)。" + Self.installHint)
    }
    let output = String(decoding: outcome.output, as: UTF8.self)
    return output.split(separator: " ").last.map { String($0).trimmingWhitespace } ?? ""
  }

  /// Renders `html` to `pdf`.
  public func render(html: URL, pdf: URL) throws(QingdanError) {
    let outcome = try run(["--quiet", "--base-url", html.deletingLastPathComponent().path + "/", html.path, pdf.path])
    if let failure = Self.failure(outcome) { throw .writeFailed(path: "handbook.pdf", reason: failure) }
  }

  /// Why a render failed, in words for the clerk rather than WeasyPrint's Python traceback: a full disk or a file
  /// size limit as every other write of qingdan says it, anything else in one line with WeasyPrint's last one.
  static func failure(_ outcome: ChildProcess.Outcome) -> String? {
    let kept = "，手册未生成；原有输出保持不变"
    if let signal = outcome.signal { return "WeasyPrint 被信号 \(signal) 终止" + kept }
    guard outcome.status != 0 else { return nil }
    let errors = String(decoding: outcome.errors, as: UTF8.self)
    // Python's OSError names the errno and its text: "[Errno 28] No space left on device".
    let writeErrors: [(Int32, [String])] = [
      (ENOSPC, ["[Errno \(ENOSPC)]", "No space left on device"]),
      (EDQUOT, ["[Errno \(EDQUOT)]", "Disk quota exceeded"]),
      (EFBIG, ["[Errno \(EFBIG)]", "File too large"]),
      (EIO, ["[Errno \(EIO)]", "Input/output error"]),
      (EROFS, ["[Errno \(EROFS)]", "Read-only file system"]),
    ]
    if let (code, _) = writeErrors.first(where: { $0.1.contains(where: errors.contains) }) {
      return WriteFailure(code).reason + kept
    }
    let last = outcome.lastErrorLine
    return "WeasyPrint 排版失败（退出码 \(outcome.status)）" + kept + (last.isEmpty ? "" : "。WeasyPrint 最后的输出：\(last)")
  }

  private func run(_ arguments: [String]) throws(QingdanError) -> ChildProcess.Outcome {
    do {
      return try ChildProcess(executable.path, arguments).run()
    } catch {
      throw .invalidArgument("无法运行 WeasyPrint（\(executable.path)）：\(error.reason)。" + Self.installHint)
    }
  }
}
