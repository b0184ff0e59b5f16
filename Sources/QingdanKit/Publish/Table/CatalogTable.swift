/// `catalog.csv`: one row per item, every element a column, UTF-8 with a byte-order mark and CRLF line ends so
/// that Excel and WPS open it as Chinese text.
struct CatalogTable: PartedFile {
  let publication: Publication

  /// Column keys, in order: the union of every item's facts, as `ItemFacts` names them, plus the separate
  /// time-limit numbers a spreadsheet wants to sort by. Headers are the fields' Chinese names (`FieldLabels`).
  static let columns: [String] = FactField.allCases.map(\.key)

  /// The header row, then one unit per item.
  var unitCount: Int { publication.items.count + 1 }

  func render(_ units: Range<Int>) -> [UInt8] {
    var out = ByteBuffer(capacity: 600 * units.count)
    for unit in units {
      if unit == 0 {
        out.append(utf8: "\u{FEFF}")
        Self.row(Self.columns.map { FieldLabels.label($0) }, into: &out)
        continue
      }
      let item = publication.items[unit - 1]
      var values = [String](repeating: "", count: Self.columns.count)
      for fact in publication.facts(at: unit - 1) { values[fact.field.rawValue] = fact.value.flat }
      if case .service(let service) = item {
        let set = { (field: FactField, value: String?) in values[field.rawValue] = value ?? "" }
        set(.onTheSpot, service.onTheSpot.map { $0 ? "是" : "否" })
        set(.timeLimitStatutory, service.timeLimit?.statutory.map(String.init))
        set(.timeLimitCommitted, service.timeLimit?.committed.map(String.init))
        set(.timeLimitUnit, service.timeLimit?.unit?.rawValue)
        set(.proxyDays, service.proxyDays.map(String.init))
        set(.benefit, service.benefit)
      }
      Self.row(values, into: &out)
    }
    return out.array
  }

  private static func row(_ cells: [String], into out: inout ByteBuffer) {
    for (position, value) in cells.enumerated() {
      if position > 0 { out.append(UInt8(ascii: ",")) }
      cell(value, into: &out)
    }
    out.append("\r\n")
  }

  /// RFC 4180 quoting; a cell that a spreadsheet would read as a formula starts with `'` instead.
  static func cell(_ value: String, into out: inout ByteBuffer) {
    var value = value
    value.withUTF8 { source in
      var formula = false
      if let first = source.first {
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"),
          UInt8(ascii: "\r"):
          formula = true
        default: break
        }
      }
      let quoted = source.contains { byte in
        byte <= UInt8(ascii: ",")
          && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r"))
      }
      if quoted { out.append(UInt8(ascii: "\"")) }
      if formula { out.append(UInt8(ascii: "'")) }
      guard quoted else {
        out.append(source)
        return
      }
      for byte in source {
        out.append(byte)
        if byte == UInt8(ascii: "\"") { out.append(byte) }
      }
      out.append(UInt8(ascii: "\""))
    }
  }
}
