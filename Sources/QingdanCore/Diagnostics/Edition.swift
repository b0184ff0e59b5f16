/// One of the two editions a diff compares.
public enum Edition: String, Sendable, Hashable, CaseIterable {
  case old
  case new

  /// 旧版, 新版: how reports name the edition a diagnostic is about.
  public var chinese: String {
    switch self {
    case .old: return "旧版"
    case .new: return "新版"
    }
  }
}
