/// `catalog.csv`: one row per item, every element a column, UTF-8 with a byte-order mark and CRLF line ends so
/// that Excel and WPS open it as Chinese text.
struct CatalogTable {
  let publication: Publication

  /// Column key and header, in order: the union of every item's facts, as `ItemFacts` names them, plus the
  /// separate time-limit numbers a spreadsheet wants to sort by.
  static let columns: [(String, String)] = [
    ("list", "清单"), ("code", "事项编码"), ("name", "事项名称"), ("category", "权力类别"), ("domain", "服务领域"),
    ("kind", "事项类型"), ("source", "事项来源"), ("department", "下放部门"), ("basis", "法律依据"),
    ("delegation_basis", "下放依据"), ("townships", "实施范围"), ("office", "承办机构"),
    ("responsibilities", "责任事项"), ("supervision", "监督方式"), ("trainer", "培训指导监督部门"),
    ("funding", "经费保障"), ("approval", "县人民政府批准"), ("acceptance", "承接情况"), ("object", "服务对象"),
    ("conditions", "受理条件和服务要求"), ("materials", "申请材料"), ("process", "办理流程"),
    ("on_the_spot", "当场办结"), ("time_limit.statutory", "法定办结时限"), ("time_limit.committed", "承诺办结时限"),
    ("time_limit.unit", "时限单位"), ("time_limit", "办结时限"), ("fee", "收费标准"), ("location", "办理地点"),
    ("online", "网上办理"), ("proxy", "代办代领"), ("proxy_days", "代办办结天数"), ("benefit", "待遇标签"),
    ("disclosure_per_year", "受益对象名单公开"), ("phones.consult", "咨询电话"), ("phones.complaint", "监督投诉电话"),
    ("service", "协助的服务事项"), ("agreement.type", "协议类型"), ("agreement.rights", "村(居)权利"),
    ("agreement.duties", "村(居)责任"), ("agreement.funding", "经费"), ("agreement.signed", "协议签订日期"),
    ("published", "公布公示日期"),
  ]

  func render() -> String {
    var out = "\u{FEFF}"
    out += Self.columns.map { Self.cell($0.1) }.joined(separator: ",") + "\r\n"
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
      out += Self.columns.map { Self.cell(values[$0.0] ?? "") }.joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// RFC 4180 quoting; a cell that a spreadsheet would read as a formula starts with `'` instead.
  static func cell(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
