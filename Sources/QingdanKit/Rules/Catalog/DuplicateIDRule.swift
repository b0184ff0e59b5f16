/// `duplicate-id`: ids are unique in their scope; item codes are unique across all three lists.
struct DuplicateIDRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "duplicate-id",
    summary: "标识在其范围内唯一；事项编码在权力、公共服务和委托村(居)事项之间唯一",
    explanation: "部门、乡镇的 id 在全县唯一，机构和站所的 id 在本乡镇内唯一，乡镇代码不重复，事项编码在三张清单之间都不能重复，否则引用和公布时会混淆。",
    citation: "FORMAT.md", referenceSeverity: .error)

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
    var codes = Seen()
    let make = { (message: String, location: SourceLocation, code: String) in finding(message, at: location, code: code)
    }
    for power in data.powers { codes.note(power, into: &findings, make) }
    for service in data.services { codes.note(service, into: &findings, make) }
    for matter in data.villageMatters { codes.note(matter, into: &findings, make) }
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
      findings.append(make("\(scope)“\(value)”重复，第一次出现在 \(earlier)；每个标识只能使用一次", location))
    } else {
      first[value] = location
    }
  }

  mutating func note<Item: CatalogItem>(
    _ item: Item, into findings: inout [Finding], _ make: (String, SourceLocation, String) -> Finding
  ) {
    note(item.code, scope: "事项编码", at: item.locations["code"], into: &findings) { message, location in
      make("\(CatalogIndex.label(item))：\(message)（编码在三张清单之间都须唯一）", location, item.code)
    }
  }
}
