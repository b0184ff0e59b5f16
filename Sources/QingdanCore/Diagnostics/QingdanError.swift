/// An operational failure: something that stops qingdan before it can say anything about a catalog's content
/// (a folder that is not a catalog, an unreadable file, a bad argument). Findings about content are
/// `Diagnostic`s instead. Every case exits with status 2.
public enum QingdanError: Error, Sendable, Equatable, CustomStringConvertible {
  case notACatalog(path: String)
  case unreadable(path: String, reason: String)
  case unknownProfile(String)
  case invalidArgument(String)
  case writeFailed(path: String, reason: String)

  public var description: String {
    switch self {
    case .notACatalog(let path):
      return "“\(path)”不是清单目录：其中没有 qingdan.yaml。请指定含有 qingdan.yaml 的文件夹。"
    case .unreadable(let path, let reason):
      return "无法读取“\(path)”：\(reason)"
    case .unknownProfile(let id):
      return "没有名为“\(id)”的规则配置。内置配置：\(BuiltinProfiles.ids.joined(separator: "、"))；也可以给出配置文件的路径。"
    case .invalidArgument(let text):
      return text
    case .writeFailed(let path, let reason):
      return "无法写入“\(path)”：\(reason)"
    }
  }
}
