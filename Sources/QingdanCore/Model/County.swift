/// The county whose lists a catalog holds (`county` in qingdan.yaml).
public struct County: Sendable, Hashable {
  public var name: String
  public var code: String
  public var edition: String
  public var effective: CalendarDate?
  /// A built-in profile id or a path, relative to the catalog root, of a profile file.
  public var profile: String?
  public var approval: Approval?
  public var publisher: String?
  public var locations: FieldLocations
}

/// An approving document: 文号 and date.
public struct Approval: Sendable, Hashable {
  public var document: String?
  public var date: CalendarDate?
}

/// A legal basis: 《法律》第…条, written as one string or as `{law, article}`.
public struct LegalBasis: Sendable, Hashable, CustomStringConvertible {
  public var law: String
  public var article: String?

  public var description: String { law + (article ?? "") }
}

/// A department of the county government (县直部门).
public struct Department: Sendable, Hashable {
  public var id: String
  public var name: String
  public var locations: FieldLocations
}
