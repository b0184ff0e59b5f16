import QingdanYAML

/// An entry of `townships`: a township, or one merged into another.
enum TownshipEntry {
  case township(Township)
  case merged(TownshipMerger)
}

extension CatalogDecoder {
  /// A township, or, with `merged_into`, a township of the previous edition merged into another: only its id, its
  /// name and the township it became part of.
  func decodeTownshipEntry(_ node: YAMLNode) -> TownshipEntry? {
    if case .mapping(let pairs) = node.kind, pairs.contains(where: { $0.key.scalarText == "merged_into" }) {
      return decodeMerger(node).map(TownshipEntry.merged)
    }
    return decodeTownship(node).map(TownshipEntry.township)
  }

  private func decodeMerger(_ node: YAMLNode) -> TownshipMerger? {
    guard let reader = FieldReader(node, collector: collector, subject: Subject(label: "乡镇"), what: "乡镇") else {
      return nil
    }
    reader.rejectUnknown(allowed: ["id", "name", "merged_into"])
    let id = reader.slug("id", required: true)
    if let id { reader.subject = Subject(label: "并入其他乡镇的乡镇 \(id)", township: id) }
    let name = reader.text("name", required: true)
    let target = reader.slug("merged_into", required: true)
    guard let id, let target else { return nil }
    return TownshipMerger(id: id, name: name ?? id, mergedInto: target, locations: reader.fieldLocations)
  }

  func decodeTownship(_ node: YAMLNode) -> Township? {
    guard let reader = FieldReader(node, collector: collector, subject: Subject(label: "乡镇"), what: "乡镇") else {
      return nil
    }
    reader.rejectUnknown(allowed: [
      "id", "name", "code", "kind", "pilot", "agricultural", "offices", "stations", "dispatched",
    ])
    let id = reader.slug("id", required: true)
    if let id { reader.subject = Subject(label: "乡镇 \(id)", township: id) }
    let name = reader.text("name", required: true)
    let code = reader.formatted(
      "code", required: true, expected: "9 位数字的乡级行政区划代码（如 520626100）", integers: 100_000_000...999_999_999
    ) {
      Formats.isDigits($0, count: 9)
    }
    let kind: TownshipKind? = reader.choice("kind", required: true)
    let pilot = reader.bool("pilot") ?? false
    let agricultural = reader.bool("agricultural") ?? false
    let subject = reader.subject
    let offices = reader.sequence("offices")?.compactMap { decodeOffice($0, subject) } ?? []
    let stations = reader.sequence("stations")?.compactMap { decodeStation($0, subject) } ?? []
    let dispatched = reader.sequence("dispatched")?.compactMap { decodeDispatched($0, subject) } ?? []
    guard let id else { return nil }
    return Township(
      id: id, name: name ?? id, code: code ?? "", kind: kind, pilot: pilot, agricultural: agricultural,
      offices: offices, stations: stations, dispatched: dispatched, locations: reader.fieldLocations)
  }

  /// A reader for an office, station or dispatched agency, whose messages name it: “乡镇 alpha 的事业站所 nyzx”.
  private func unit(_ node: YAMLNode, _ township: Subject, _ kind: String) -> FieldReader? {
    var subject = township
    subject.label += " 的\(kind)"
    if case .mapping(let pairs) = node.kind {
      let value = pairs.first { $0.key.scalarText == "id" || $0.key.scalarText == "name" }?.value
      if let value, !value.isNull, let id = value.scalarText, !id.isEmpty { subject.label += " \(id)" }
    }
    return FieldReader(node, collector: collector, subject: subject, what: kind)
  }

  private func decodeOffice(_ node: YAMLNode, _ township: Subject) -> Office? {
    guard let reader = unit(node, township, "党政办事机构") else { return nil }
    reader.rejectUnknown(allowed: ["id", "name", "plaques", "staff", "agricultural"])
    let id = reader.slug("id", required: true)
    let name = reader.text("name", required: true)
    let plaques = reader.textList("plaques") ?? []
    let staff = reader.int("staff")
    let agricultural = reader.bool("agricultural") ?? false
    guard let id else { return nil }
    return Office(
      id: id, name: name ?? id, plaques: plaques, staff: staff, agricultural: agricultural,
      locations: reader.fieldLocations)
  }

  private func decodeStation(_ node: YAMLNode, _ township: Subject) -> Station? {
    guard let reader = unit(node, township, "事业站所") else { return nil }
    reader.rejectUnknown(allowed: ["id", "name", "staff", "agricultural"])
    let id = reader.slug("id", required: true)
    let name = reader.text("name", required: true)
    let staff = reader.int("staff")
    let agricultural = reader.bool("agricultural") ?? false
    guard let id else { return nil }
    return Station(id: id, name: name ?? id, staff: staff, agricultural: agricultural, locations: reader.fieldLocations)
  }

  private func decodeDispatched(_ node: YAMLNode, _ township: Subject) -> DispatchedAgency? {
    guard let reader = unit(node, township, "派驻机构") else { return nil }
    reader.rejectUnknown(allowed: ["name", "department", "township_weight"])
    let name = reader.text("name", required: true)
    let department = reader.slug("department", required: true)
    let weight = reader.number("township_weight", range: 0...100)
    guard let name, let department else { return nil }
    return DispatchedAgency(
      name: name, department: department, townshipWeight: weight, locations: reader.fieldLocations)
  }
}
