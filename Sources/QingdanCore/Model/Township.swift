/// A township (乡、镇) or sub-district (街道) with its organisation.
public struct Township: Sendable, Hashable {
  public var id: String
  public var name: String
  public var code: String
  public var kind: TownshipKind?
  /// 开展行政管理体制改革试点.
  public var pilot: Bool
  /// 以农业为主的乡镇.
  public var agricultural: Bool
  public var offices: [Office]
  public var stations: [Station]
  public var dispatched: [DispatchedAgency]
  public var locations: FieldLocations

  /// The office or station with `id`: either can be an item's 承办机构.
  public func hasUnit(_ id: String) -> Bool {
    offices.contains { $0.id == id } || stations.contains { $0.id == id }
  }
}

/// A township of the previous edition merged into another (乡镇合并), listed in `townships` with `merged_into`: it
/// is no township of this edition, and what applied in it now applies in the township it became part of.
public struct TownshipMerger: Sendable, Hashable {
  public var id: String
  public var name: String
  /// The id of the township of this edition it was merged into.
  public var mergedInto: String
  public var locations: FieldLocations
}

/// A 党政办事机构. Plaques (加挂牌子) are names the same office also carries.
public struct Office: Sendable, Hashable {
  public var id: String
  public var name: String
  public var plaques: [String]
  public var staff: Int?
  public var agricultural: Bool
  public var locations: FieldLocations
}

/// A 事业站所.
public struct Station: Sendable, Hashable {
  public var id: String
  public var name: String
  public var staff: Int?
  /// Whether it serves 农业农村 work (qingdan's addition to FORMAT.md, used by `agri-staff-ratio`).
  public var agricultural: Bool
  public var locations: FieldLocations
}

/// A 县直部门派驻机构 and the weight its township carries in its assessment.
public struct DispatchedAgency: Sendable, Hashable {
  public var name: String
  public var department: String
  public var townshipWeight: Double?
  public var locations: FieldLocations
}
