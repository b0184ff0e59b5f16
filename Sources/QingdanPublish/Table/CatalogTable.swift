import QingdanCore

/// `catalog.csv`: one row per item, every element a column, UTF-8 with a byte-order mark and CRLF line ends so
/// that Excel and WPS open it as Chinese text.
struct CatalogTable: PartedFile {
  let publication: Publication

  /// Column keys, in order: every declared column of every list (`TableColumns`), those the guide does not
  /// show too (the time-limit numbers a spreadsheet wants to sort by, …). Headers are the fields' labels.
  static let columns: [String] = TableColumns.keys

  /// The header row, then one unit per item.
  var unitCount: Int { publication.items.count + 1 }

  func render(_ units: Range<Int>) -> [UInt8] {
    var out = ByteBuffer(capacity: 600 * units.count)
    let wording = Wording(publication.names)
    for unit in units {
      if unit == 0 {
        out.append(utf8: "\u{FEFF}")
        Self.row(TableColumns.headers, into: &out)
        continue
      }
      var values = [String](repeating: "", count: Self.columns.count)
      for fact in publication.facts(at: unit - 1) { values[fact.column] = fact.value.flat }
      switch publication.items[unit - 1] {
      case .power(let power): Self.tableOnly(power.fields, Power.declaration, TableColumns.powers, wording, &values)
      case .service(let service):
        Self.tableOnly(service.fields, ServiceItem.declaration, TableColumns.services, wording, &values)
      case .village(let matter):
        Self.tableOnly(matter.fields, VillageMatter.declaration, TableColumns.village, wording, &values)
      }
      Self.row(values, into: &out)
    }
    return out.array
  }

  /// The columns the guide does not show, which the facts lack.
  private static func tableOnly<Item: DeclaredItem>(
    _ fields: Item.Fields, _ declaration: ItemDeclaration<Item>, _ columns: [Int], _ wording: Wording,
    _ values: inout [String]
  ) {
    for position in declaration.tableOnlyColumns {
      values[columns[position]] = declaration.values[position](fields, wording)?.flat ?? ""
    }
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
