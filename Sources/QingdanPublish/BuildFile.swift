import QingdanCore

/// One file of a build: where it goes and how to render it, in one part or — a big file — in several, rendered
/// on any core and written one after the other.
public struct BuildFile: Sendable {
  /// The folder relative to the output folder (`""` for the output folder itself), and the file's name in it.
  public let folder: String
  public let name: String
  /// Path relative to the output folder.
  public let path: String
  public let partCount: Int
  /// How far through the items (0 to 1) the file, or each of its parts, comes: the build renders every file's
  /// share of the items at the same time, so that an item is read from memory once for all of its outputs.
  let sweep: Double
  let renderPart: @Sendable (Int) -> [UInt8]

  /// A file rendered in one part.
  init(_ path: String, sweep: Double = 0, _ render: @escaping @Sendable () -> [UInt8]) {
    self.path = path
    (folder, name) = Self.split(path)
    partCount = 1
    self.sweep = sweep
    renderPart = { _ in render() }
  }

  /// A file of fixed text.
  init(_ path: String, text: String) {
    let bytes = Array(text.utf8)
    self.init(path) { bytes }
  }

  /// A file rendered in parts of `unitsPerPart` units.
  init(_ path: String, parted file: some PartedFile, unitsPerPart: Int) {
    let units = file.unitCount
    let size = max(1, unitsPerPart)
    self.path = path
    (folder, name) = Self.split(path)
    partCount = max(1, (units + size - 1) / size)
    sweep = 0
    renderPart = { part in file.render(part * size..<min(units, (part + 1) * size)) }
  }

  private static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
    return (String(path[..<slash]), String(path[path.index(after: slash)...]))
  }

  /// How far through the items `part` comes, from 0 to 1.
  func sweep(part: Int) -> Double { partCount == 1 ? sweep : Double(part) / Double(partCount) }

  /// The part's bytes.
  public func render(part: Int) -> [UInt8] { renderPart(part) }

  /// The whole file.
  public func render() -> [UInt8] {
    partCount == 1 ? renderPart(0) : (0..<partCount).flatMap(renderPart)
  }
}
