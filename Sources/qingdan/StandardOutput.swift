import Foundation
import QingdanKit

/// Writes to standard output, turning a failed write (a full disk, a closed descriptor) into an operational
/// error with exit status 2 instead of a crash.
enum StandardOutput {
  static func write(_ text: String) throws(QingdanError) {
    do {
      try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    } catch {
      throw .writeFailed(path: "标准输出", reason: "写入失败（磁盘已满或输出已关闭？）")
    }
  }
}

/// Delivers a report: to `output` (written whole) with the human summary on the terminal, or to the terminal.
enum ReportDelivery {
  /// `catalogs`: the catalog folders reported on, whose files the report must not replace.
  static func deliver(_ report: String, to output: String?, catalogs: [URL], summary: () -> String)
    throws(QingdanError)
  {
    guard let output else { return try StandardOutput.write(report) }
    try AtomicFile.refuseCatalogFile(output, catalogRoots: catalogs)
    try AtomicFile.write(report, to: output)
    try StandardOutput.write(summary())
  }
}

/// Writes to standard error; a failure there cannot be reported anywhere, so it is ignored.
enum StandardError {
  static func write(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }
}
