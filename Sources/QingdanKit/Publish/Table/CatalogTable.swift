/// `catalog.csv`: one row per item, every element a column, UTF-8 with a byte-order mark and CRLF line ends so
/// that Excel and WPS open it as Chinese text.
struct CatalogTable {
  let publication: Publication

  /// Column keys, in order: the union of every item's facts, as `ItemFacts` names them, plus the separate
  /// time-limit numbers a spreadsheet wants to sort by. Headers are the fields' Chinese names (`FieldLabels`).
  static let columns: [String] = [
    "list", "code", "name", "category", "domain", "kind", "source", "department", "basis", "delegation_basis",
    "townships", "office", "responsibilities", "supervision", "trainer", "funding", "approval", "acceptance", "object",
    "conditions", "materials", "process", "on_the_spot", "time_limit.statutory", "time_limit.committed",
    "time_limit.unit", "time_limit", "fee", "location", "online", "proxy", "proxy_days", "benefit",
    "disclosure_per_year", "phones.consult", "phones.complaint", "service", "agreement.type", "agreement.rights",
    "agreement.duties", "agreement.funding", "agreement.signed", "published",
  ]

  func render() -> String {
    var out = "\u{FEFF}"
    out += Self.columns.map { Self.cell(FieldLabels.label($0)) }.joined(separator: ",") + "\r\n"
    let facts = ItemFacts(publication)
    for item in publication.items {
      var values: [String: String] = [:]
      for fact in facts.facts(item) { values[fact.key] = fact.value.flat }
      if case .service(let service) = item {
        values["on_the_spot"] = service.onTheSpot.map { $0 ? "是" : "否" }
        values["time_limit.statutory"] = service.timeLimit?.statutory.map(String.init)
        values["time_limit.committed"] = service.timeLimit?.committed.map(String.init)
        values["time_limit.unit"] = service.timeLimit?.unit?.rawValue
        values["proxy_days"] = service.proxyDays.map(String.init)
        values["benefit"] = service.benefit
      }
      out += Self.columns.map { Self.cell(values[$0] ?? "") }.joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// RFC 4180 quoting; a cell that a spreadsheet would read as a formula starts with `'` instead.
  static func cell(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
    guard
      text.utf8.contains(where: {
        $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
      })
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
