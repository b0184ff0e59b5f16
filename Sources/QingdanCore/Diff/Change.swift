/// What happened to one thing between two editions.
public enum ChangeKind: String, Sendable, CaseIterable, Comparable {
  case added
  case removed
  case renamed
  case recoded
  case extended
  case narrowed
  case modified

  public var chinese: String {
    switch self {
    case .added: return "新增"
    case .removed: return "取消"
    case .renamed: return "更名"
    case .recoded: return "编码变更"
    case .extended: return "扩大实施范围"
    case .narrowed: return "缩小实施范围"
    case .modified: return "调整"
    }
  }

  public static func < (lhs: ChangeKind, rhs: ChangeKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// The sections a diff speaks of, in report order.
public enum ChangeSection: String, Sendable, CaseIterable, Comparable {
  case county
  case departments
  case townships
  case powers
  case services
  case villageMatters = "village_matters"

  public var chinese: String {
    switch self {
    case .county: return "县及版次"
    case .departments: return "部门"
    case .townships: return "乡镇（街道）"
    case .powers: return "权力事项"
    case .services: return "公共服务事项"
    case .villageMatters: return "委托村(居)承办事项"
    }
  }

  public static func < (lhs: ChangeSection, rhs: ChangeSection) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// One changed field: its dotted name and its values in the old and new edition (nil where absent).
public struct FieldChange: Sendable, Hashable {
  public var field: String
  public var old: String?
  public var new: String?

  public init(field: String, old: String?, new: String?) {
    self.field = field
    self.old = old
    self.new = new
  }
}

/// A change to an item, a township, a department or the county.
public struct Change: Sendable, Hashable {
  public var section: ChangeSection
  /// The code (or id) in the new edition; the old one for a removal.
  public var code: String
  /// The old code of a re-coded item.
  public var oldCode: String?
  public var name: String
  public var kinds: [ChangeKind]
  public var fields: [FieldChange]
  /// Where the change is in the new edition, or in the old one for a removal.
  public var location: SourceLocation
  /// Whether `location` is in the old edition.
  public var inOldEdition: Bool

  /// Report order: section, then code.
  static func order(_ lhs: Change, _ rhs: Change) -> Bool {
    (lhs.section, lhs.code) < (rhs.section, rhs.code)
  }
}
