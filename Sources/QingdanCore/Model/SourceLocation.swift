/// Where a value starts: a file relative to the catalog root (`/`-separated), a 1-based line and a 1-based
/// column counted in characters.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }

  public var description: String { "\(file):\(line):\(column)" }
}

/// The locations of an entity's fields, by field name (dotted for nested fields, e.g. `time_limit.committed`).
///
/// A field that is absent falls back to the entity's own location, which is where a diagnostic about a missing
/// element belongs. Fields are stored as line and column only: they are in the entity's file, and a catalog has
/// millions of them.
public struct FieldLocations: Hashable, Sendable {
  public var entity: SourceLocation
  /// In the order the loader met them. An entity has a few dozen fields, looked up only when a diagnostic is
  /// written, so a list is both smaller and faster to build than a dictionary.
  private var fields: [Field]
  /// For the rare entity with very many fields (`townships.0` … of a list of thousands of townships), the last
  /// position of each field by name, so that looking them all up stays linear.
  private var index: [String: Int]?
  private static let indexThreshold = 64

  /// A line and column in the entity's file.
  struct Position: Hashable, Sendable {
    var line: Int32
    var column: Int32
  }

  struct Field: Hashable, Sendable {
    var name: String
    var position: Position
  }

  public init(entity: SourceLocation, fields: [String: SourceLocation] = [:]) {
    self.init(
      entity: entity,
      positions: fields.sorted { $0.key < $1.key }.map {
        Field(
          name: $0.key,
          position: Position(line: Int32(clamping: $0.value.line), column: Int32(clamping: $0.value.column)))
      })
  }

  init(entity: SourceLocation, positions: [Field]) {
    self.entity = entity
    self.fields = positions
    if positions.count > Self.indexThreshold {
      index = Dictionary(
        positions.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { _, last in last })
    }
  }

  /// Nowhere yet: what an entity holds until the loader has read it.
  static let unknown = FieldLocations(entity: SourceLocation(file: "", line: 0, column: 0), positions: [])

  public subscript(field: String) -> SourceLocation {
    guard let position = position(field) else { return entity }
    return SourceLocation(file: entity.file, line: Int(position.line), column: Int(position.column))
  }

  public func has(_ field: String) -> Bool { position(field) != nil }

  /// The last position recorded for `field`.
  private func position(_ field: String) -> Position? {
    if let index { return index[field].map { fields[$0].position } }
    return fields.last { $0.name == field }?.position
  }
}
