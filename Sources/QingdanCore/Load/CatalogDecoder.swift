import QingdanYAML

/// Turns one parsed catalog file into a `CatalogFragment`: its sections, decoded into the model, and the
/// `schema` findings met on the way.
struct CatalogDecoder {
  static let listSections = ["departments", "townships", "powers", "services", "village_matters", "waivers"]
  static let rootSections = ["county", "rules"]

  let collector: SchemaCollector
  /// Whether this is `qingdan.yaml`, the only file that may hold `county` and `rules`.
  let isRootFile: Bool

  /// `root`'s document must stay alive while this runs.
  func decode(_ root: YAMLNode?) -> CatalogFragment {
    var fragment = decodeSections(root)
    fragment.findings = collector.findings
    fragment.townshipMentions = collector.townshipMentions
    fragment.invalidValues = collector.invalidValues
    return fragment
  }

  private func decodeSections(_ root: YAMLNode?) -> CatalogFragment {
    var fragment = CatalogFragment()
    guard let root else {
      collector.report(
        "文件没有内容；清单文件应为以章节名（如 powers、services）为键的映射",
        at: SourceLocation(file: collector.file, line: 1, column: 1))
      return fragment
    }
    guard let file = FieldReader(root, collector: collector, subject: .none, what: "清单文件的顶层") else {
      return fragment
    }
    let allowed = isRootFile ? Self.rootSections + Self.listSections : Self.listSections
    for section in Self.rootSections where !isRootFile {
      if let node = file.keyNode(section) {
        file.report("章节“\(section)”只能写在 qingdan.yaml 中", at: node)
      }
    }
    file.rejectUnknown(allowed: FieldNames(allowed), alsoKnown: FieldNames(isRootFile ? [] : Self.rootSections))
    if isRootFile {
      if let node = file.value("county", required: true) { fragment.county = decodeCounty(node) }
      if let node = file.value("rules") {
        fragment.ruleOverrides = RuleOverrideDecoder(collector: collector).decode(node)
      }
    }
    fragment.departments = list(file, "departments", decodeDepartment)
    for entry in list(file, "townships", decodeTownshipEntry) {
      switch entry {
      case .township(let township): fragment.townships.append(township)
      case .merged(let merger): fragment.townshipMergers.append(merger)
      }
    }
    fragment.powers = list(file, "powers") { decodeItem($0, as: Power.self) }
    fragment.services = list(file, "services") { decodeItem($0, as: ServiceItem.self) }
    fragment.villageMatters = list(file, "village_matters") { decodeItem($0, as: VillageMatter.self) }
    fragment.waivers = list(file, "waivers", decodeWaiver)
    return fragment
  }

  private func list<Element>(_ file: FieldReader, _ section: String, _ decodeOne: (YAMLNode) -> Element?) -> [Element] {
    guard let items = file.sequence(section) else { return [] }
    return items.compactMap(decodeOne)
  }

  func decodeCounty(_ node: YAMLNode) -> County? {
    guard let reader = FieldReader(node, collector: collector, subject: Subject(label: "县"), what: "county") else {
      return nil
    }
    reader.rejectUnknown(allowed: ["name", "code", "edition", "effective", "profile", "approval", "publisher"])
    let name = reader.text("name", required: true)
    let code = reader.formatted("code", required: true, expected: "6 位数字的行政区划代码（如 520626）", integers: 100_000...999_999)
    {
      Formats.isDigits($0, count: 6)
    }
    let edition = reader.text("edition", required: true)
    let effective = reader.date("effective", required: true)
    let county = County(
      name: name ?? "", code: code ?? "", edition: edition ?? "", effective: effective,
      profile: reader.text("profile"), approval: approval(reader, "approval"), publisher: reader.text("publisher"),
      locations: reader.fieldLocations)
    return county
  }

  func approval(_ reader: FieldReader, _ key: String) -> Approval? {
    guard let nested = reader.nested(key, what: "“\(key)”") else { return nil }
    nested.rejectUnknown(allowed: ["document", "date"])
    return Approval(document: nested.text("document"), date: nested.date("date"))
  }

  func decodeDepartment(_ node: YAMLNode) -> Department? {
    guard let reader = FieldReader(node, collector: collector, subject: Subject(label: "部门"), what: "部门") else {
      return nil
    }
    reader.rejectUnknown(allowed: ["id", "name"])
    guard let id = reader.slug("id", required: true) else {
      _ = reader.text("name", required: true)
      return nil
    }
    reader.subject = Subject(label: "部门 \(id)")
    let name = reader.text("name", required: true)
    return Department(id: id, name: name ?? "", locations: reader.fieldLocations)
  }

  func decodeWaiver(_ node: YAMLNode) -> Waiver? {
    guard let reader = FieldReader(node, collector: collector, subject: Subject(label: "豁免"), what: "豁免") else {
      return nil
    }
    reader.rejectUnknown(allowed: ["rule", "target", "reason", "approved"])
    let rule = reader.text("rule", required: true)
    if let rule, RuleRegistry.descriptor(for: rule) == nil {
      reader.report(RuleRegistry.unknownRuleMessage(rule), at: reader.locationNode("rule"))
    } else if let rule, WaiverMatcher.unwaivable.contains(rule) {
      reader.report("规则“\(rule)”不能豁免：格式和读取问题须改正，多余的豁免须删除", at: reader.locationNode("rule"))
    }
    let target = reader.text("target", required: true)
    let reason = reader.text("reason", required: true)
    let approved = reader.text("approved")
    guard let rule, let target, let reason, RuleRegistry.descriptor(for: rule) != nil,
      !WaiverMatcher.unwaivable.contains(rule)
    else { return nil }
    return Waiver(rule: rule, target: target, reason: reason, approved: approved, locations: reader.fieldLocations)
  }
}
