/// `duplicate-id`: ids are unique in their scope; item codes are unique across all three lists.
struct DuplicateIDRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "duplicate-id",
    summary: "标识在其范围内唯一；事项编码在权力、公共服务和委托村(居)事项之间唯一",
    explanation: "部门、乡镇的 id 在全县唯一，机构和站所的 id 在本乡镇内唯一，乡镇代码不重复，事项编码在三张清单之间都不能重复，否则引用和公布时会混淆。",
    citation: "FORMAT.md", referenceSeverity: .error, profiles: .every, groups: [.county] + ReportGroup.entities,
    triggeringExamples: [
      RuleExample(
        "departments.yaml",
        """
        departments:
          - {id: minzheng, name: 县民政局}
          - {id: ziran, name: 县自然资源局}
          - {id: sifa, name: 县司法局}
          - {id: 1️⃣minzheng, name: 县民政局（重复）}
        """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        "departments.yaml",
        """
        departments:
          - {id: minzheng, name: 县民政局}
          - {id: ziran, name: 县自然资源局}
          - {id: sifa, name: 县司法局}
          - {id: gongan, name: 县公安局}
        """)
    ])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    var findings: [Finding] = []
    let data = catalog.catalog
    var (departments, townshipIDs, townshipCodes) = (Seen(), Seen(), Seen())
    for department in data.departments {
      departments.note(department.id, scope: "部门 id", at: department.locations["id"], into: &findings) {
        finding($0, at: $1)
      }
    }
    for township in data.townships {
      townshipIDs.note(township.id, scope: "乡镇 id", at: township.locations["id"], into: &findings) {
        finding($0, at: $1, township: township.id)
      }
      townshipCodes.note(township.code, scope: "乡镇代码", at: township.locations["code"], into: &findings) {
        finding($0, at: $1, township: township.id)
      }
      var units = Seen()
      for office in township.offices {
        units.note(office.id, scope: "\(township.name)的机构 id", at: office.locations["id"], into: &findings) {
          finding($0, at: $1, township: township.id)
        }
      }
      for station in township.stations {
        units.note(station.id, scope: "\(township.name)的机构 id", at: station.locations["id"], into: &findings) {
          finding($0, at: $1, township: township.id)
        }
      }
    }
    // A merged township's id names it in the previous edition; no township of this edition may carry it.
    for merger in data.townshipMergers {
      townshipIDs.note(merger.id, scope: "乡镇 id", at: merger.locations["id"], into: &findings) {
        finding($0, at: $1, township: merger.id)
      }
    }
    // Item codes: a province has hundreds of thousands, so the first occurrence of each is remembered by its place
    // in the three lists, and a location is made only for a repeated code.
    var firstByCode: [String: Int] = [:]
    firstByCode.reserveCapacity(data.powers.count + data.services.count + data.villageMatters.count)
    let firstLocation = { (ordinal: Int) -> SourceLocation in
      if ordinal < data.powers.count { return data.powers[ordinal].locations["code"] }
      let ordinal = ordinal - data.powers.count
      if ordinal < data.services.count { return data.services[ordinal].locations["code"] }
      return data.villageMatters[ordinal - data.services.count].locations["code"]
    }
    func note<Item: CatalogItem>(_ items: [Item], from start: Int) {
      for (offset, item) in items.enumerated() where !item.code.isEmpty {
        guard let earlier = firstByCode[item.code] else {
          firstByCode[item.code] = start + offset
          continue
        }
        let repeated = Seen.repeated("事项编码", item.code, first: firstLocation(earlier))
        findings.append(
          finding(
            "\(CatalogIndex.label(item))：\(repeated)（编码在三张清单之间都须唯一）", at: item.locations["code"], code: item.code))
      }
    }
    note(data.powers, from: 0)
    note(data.services, from: data.powers.count)
    note(data.villageMatters, from: data.powers.count + data.services.count)
    return findings
  }
}

/// First occurrences of the values of one scope, to report the second with a pointer to the first.
private struct Seen {
  private var first: [String: SourceLocation] = [:]

  mutating func note(
    _ value: String, scope: String, at location: SourceLocation, into findings: inout [Finding],
    _ make: (String, SourceLocation) -> Finding
  ) {
    guard !value.isEmpty else { return }
    if let earlier = first[value] {
      findings.append(make(Self.repeated(scope, value, first: earlier), location))
    } else {
      first[value] = location
    }
  }

  /// What a finding says of a repeated value.
  static func repeated(_ scope: String, _ value: String, first: SourceLocation) -> String {
    "\(scope)“\(value)”重复，第一次出现在 \(first)；每个标识只能使用一次"
  }
}
