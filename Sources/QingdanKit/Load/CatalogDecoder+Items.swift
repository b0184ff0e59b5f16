extension CatalogDecoder {
  /// Opens an item's mapping and reads what identifies it. Nil when the item has no usable code.
  private func openItem(_ node: YAMLNode, section: String, allowed: FieldNames) -> (FieldReader, String, String)? {
    guard let reader = FieldReader(node, collector: collector, subject: Subject(label: section), what: section) else {
      return nil
    }
    // Name the item by its name in messages about its code, before the code is known.
    if let name = reader.valueNodeIfPresent("name")?.scalarText?.trimmingWhitespace, !name.isEmpty {
      reader.subject = .item(section, name: name, code: nil)
    }
    let code = reader.formatted(
      "code", required: true, expected: "由字母、数字和“-”“_”“.”组成、以字母或数字开头的编码（至多 64 个字符，如 DJ-QL-0001）",
      Formats.isItemCode)
    let name = reader.text("name", required: true)
    if let code {
      reader.subject = .item(section, name: name, code: code)
    }
    reader.rejectUnknown(allowed: allowed)
    guard let code else { return nil }
    return (reader, code, name ?? "")
  }

  private func townships(_ reader: FieldReader) -> TownshipScope {
    guard let node = reader.value("townships") else { return .all }
    if let text = node.scalarText, text == "all" { return .all }
    guard case .sequence(let entries) = node.kind else {
      reader.report("字段“townships”应为 all 或乡镇 id 的列表，实际是“\(node.scalarText ?? node.kindName)”", at: node)
      return .all
    }
    var ids: [String] = []
    for entry in entries {
      guard let id = entry.scalarText, Formats.isSlug(id) else {
        reader.report("字段“townships”的列表项应为乡镇 id，实际是“\(entry.scalarText ?? entry.kindName)”", at: entry)
        continue
      }
      reader.record("townships.\(ids.count)", entry)
      ids.append(id)
    }
    return .list(ids)
  }

  private func basis(_ reader: FieldReader, _ key: String) -> [LegalBasis] {
    guard let entries = reader.sequence(key) else { return [] }
    return entries.compactMap { legalBasis($0, reader: reader, key: key) }
  }

  func legalBasis(_ node: YAMLNode, reader: FieldReader, key: String) -> LegalBasis? {
    if let text = node.scalarText, !node.isNull {
      if text.trimmingWhitespace.isEmpty {
        reader.report("字段“\(key)”中有空的法律依据", at: node)
        return nil
      }
      return LegalBasis(law: text.trimmingWhitespace, article: nil)
    }
    guard let nested = FieldReader(node, collector: collector, subject: reader.subject, what: "法律依据") else {
      return nil
    }
    nested.rejectUnknown(allowed: ["law", "article"])
    guard let law = nested.text("law", required: true) else { return nil }
    return LegalBasis(law: law, article: nested.text("article"))
  }

  static let powerFields: FieldNames = [
    "code", "name", "category", "source", "department", "basis", "delegation_basis", "townships", "office",
    "responsibilities", "supervision", "trainer", "funding", "approval", "acceptance",
  ]

  func decodePower(_ node: YAMLNode) -> Power? {
    guard let (reader, code, name) = openItem(node, section: "权力事项", allowed: Self.powerFields) else { return nil }
    let category: PowerCategory? = reader.choice("category", required: true)
    let source: PowerSource? = reader.choice("source", required: true)
    let delegationBasis = reader.value("delegation_basis").flatMap {
      legalBasis($0, reader: reader, key: "delegation_basis")
    }
    return Power(
      .init(
        code: code, name: name, category: category, source: source, department: reader.slug("department"),
        basis: basis(reader, "basis"), delegationBasis: delegationBasis, townships: townships(reader),
        office: reader.slug("office"), responsibilities: reader.textList("responsibilities") ?? [],
        supervision: reader.text("supervision"), trainer: reader.slug("trainer"), funding: reader.text("funding"),
        approval: approval(reader, "approval"), acceptance: reader.choice("acceptance"),
        locations: reader.fieldLocations))
  }

  static let serviceFields: FieldNames = [
    "code", "name", "domain", "basis", "townships", "office", "supervision", "object", "conditions", "materials",
    "process", "on_the_spot", "time_limit", "fee", "location", "online", "proxy", "proxy_days", "benefit",
    "disclosure_per_year", "phones",
  ]

  func decodeService(_ node: YAMLNode) -> ServiceItem? {
    guard let (reader, code, name) = openItem(node, section: "公共服务事项", allowed: Self.serviceFields) else { return nil }
    let domain = reader.text("domain", required: true)
    var timeLimit: TimeLimit?
    if let nested = reader.nested("time_limit", what: "“time_limit”") {
      nested.rejectUnknown(allowed: ["statutory", "committed", "unit"])
      timeLimit = TimeLimit(
        statutory: nested.int("statutory"), committed: nested.int("committed"), unit: nested.choice("unit"))
    }
    var phones: Phones?
    if let nested = reader.nested("phones", what: "“phones”") {
      nested.rejectUnknown(allowed: ["consult", "complaint"])
      phones = Phones(consult: nested.text("consult"), complaint: nested.text("complaint"))
    }
    return ServiceItem(
      .init(
        code: code, name: name, domain: domain ?? "", basis: basis(reader, "basis"), townships: townships(reader),
        office: reader.slug("office"), supervision: reader.text("supervision"), object: reader.text("object"),
        conditions: reader.text("conditions"), materials: reader.textList("materials"),
        process: reader.textList("process") ?? [], onTheSpot: reader.bool("on_the_spot"), timeLimit: timeLimit,
        fee: reader.text("fee"), location: reader.text("location"), online: reader.choice("online"),
        proxy: reader.choice("proxy"), proxyDays: reader.int("proxy_days"), benefit: reader.text("benefit"),
        disclosurePerYear: reader.int("disclosure_per_year"), phones: phones, locations: reader.fieldLocations))
  }

  static let villageMatterFields: FieldNames = [
    "code", "name", "townships", "office", "kind", "service", "agreement", "published",
  ]

  func decodeVillageMatter(_ node: YAMLNode) -> VillageMatter? {
    guard let (reader, code, name) = openItem(node, section: "委托村(居)承办事项", allowed: Self.villageMatterFields) else {
      return nil
    }
    let kind: VillageMatterKind? = reader.choice("kind", required: true)
    var agreement: Agreement?
    if let nested = reader.nested("agreement", what: "“agreement”") {
      nested.rejectUnknown(allowed: ["type", "rights", "duties", "funding", "signed"])
      agreement = Agreement(
        type: nested.choice("type"), rights: nested.prose("rights"), duties: nested.prose("duties"),
        funding: nested.prose("funding"), signed: nested.date("signed"))
    }
    return VillageMatter(
      .init(
        code: code, name: name, townships: townships(reader), office: reader.slug("office"), kind: kind,
        service: reader.text("service"), agreement: agreement, published: reader.date("published"),
        locations: reader.fieldLocations))
  }
}
