import QingdanCore

/// A file rendered in parts, so that the big single files of a province's build — the index, the handbook, the
/// table — render on every core instead of one each. The parts are runs of units (a head, one unit per item, a
/// tail, …); written one after the other, they are the whole file.
protocol PartedFile: Sendable {
  var unitCount: Int { get }
  /// The bytes of `units`.
  func render(_ units: Range<Int>) -> [UInt8]
}

extension PartedFile {
  /// The whole file.
  func render() -> [UInt8] { render(0..<unitCount) }
}
