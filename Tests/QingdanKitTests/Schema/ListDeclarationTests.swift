import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// Every declared field of every list reaches every place that reads the declarations: a change to it shows in
/// `diff`, the schema describes it under its label, `catalog.csv` has its column, and it has one label everywhere.
@Suite struct ListDeclarationTests {
  /// A field's path from the list: `time_limit.committed`, with its declaration.
  struct Leaf: CustomStringConvertible {
    var list: ListDeclaration
    var path: [FieldInfo]
    var key: String { path.map(\.key).joined(separator: ".") }
    var description: String { "\(list.section).\(key)" }
  }

  static let leaves: [Leaf] = CatalogLists.all.flatMap { list in
    func walk(_ fields: [FieldInfo], _ above: [FieldInfo]) -> [Leaf] {
      fields.flatMap { field in
        field.children.isEmpty ? [Leaf(list: list, path: above + [field])] : walk(field.children, above + [field])
      }
    }
    return walk(list.fields, [])
  }

  /// Two different values of a field's type, as YAML.
  static func values(_ field: FieldInfo) -> (String, String) {
    switch field.type {
    case .text, .prose: return ("甲值", "乙值")
    case .slug: return field.key == "office" ? ("shsw", "jjfz") : ("minzheng", "ziran")
    case .texts: return ("[甲项]", "[甲项, 乙项]")
    case .count: return ("1", "2")
    case .bool: return ("true", "false")
    case .date: return ("2024-01-01", "2024-02-01")
    case .itemCode: return field.key == "code" ? ("GEN-0001", "GEN-0002") : ("T-GG-0001", "T-GG-0002")
    case .townships: return ("[alpha]", "[alpha, beta]")
    case .legalBasis: return ("《甲法》第一条", "《乙法》第二条")
    case .legalBases: return ("[《甲法》第一条]", "[《甲法》第一条, 《乙法》第二条]")
    case .choice(let terms): return (terms[0], terms[1])
    case .textMap: return ("{备注: 甲}", "{备注: 乙}")
    case .object, .definition: return ("{}", "{}")
    }
  }

  /// An item of `list` with every field given its first value, or its second where `changed` says.
  static func item(_ list: ListDeclaration, changed: String?) -> String {
    func mapping(_ fields: [FieldInfo], prefix: String) -> String {
      let entries = fields.map { field -> String in
        let path = prefix + field.key
        if !field.children.isEmpty { return "\(field.key): " + mapping(field.children, prefix: path + ".") }
        let (first, second) = values(field)
        return "\(field.key): \(path == changed ? second : first)"
      }
      return "{" + entries.joined(separator: ", ") + "}"
    }
    return "\(list.section):\n  - " + mapping(list.fields, prefix: "")
  }

  private func catalog(_ list: ListDeclaration, changed: String? = nil) -> FixtureCatalog {
    var catalog = FixtureCatalog()
    catalog.set("generated.yaml", Self.item(list, changed: changed))
    return catalog
  }

  @Test func everyListDeclaresFields() {
    #expect(CatalogLists.all.map(\.section) == ["powers", "services", "village_matters"])
    #expect(Self.leaves.count > 40)
  }

  /// The generated item loads without a schema finding: the generator and the loader agree on every field.
  @Test(arguments: CatalogLists.all.map(\.section))
  func generatedItemLoads(section: String) throws {
    let list = try #require(CatalogLists.all.first { $0.section == section })
    let result = try catalog(list).check()
    #expect(result.loaded.loaded)
    #expect(result.diagnostics.filter { $0.rule == "schema" }.map(\.message) == [])
  }

  @Test(arguments: leaves.map(\.description))
  func changeShowsInDiff(leafName: String) throws {
    let leaf = try #require(Self.leaves.first { $0.description == leafName })
    let old = try CatalogLoader().load(MemoryStorage(files: catalog(leaf.list).files))
    let new = try CatalogLoader().load(MemoryStorage(files: catalog(leaf.list, changed: leaf.key).files))
    let diff = EditionComparer().compare(old: old, new: new, oldName: "old", newName: "new")
    let changes = diff.changes.filter { $0.code.hasPrefix("GEN-") }
    switch leaf.key {
    case "code": #expect(changes.flatMap(\.kinds) == [.recoded])
    case "name": #expect(changes.flatMap(\.kinds) == [.renamed])
    case "townships": #expect(changes.flatMap(\.kinds) == [.extended])
    default:
      #expect(changes.flatMap(\.kinds) == [.modified], "\(leaf)")
      #expect(changes.flatMap(\.fields).map(\.field) == [leaf.key], "\(leaf)")
      // The report names the field by its label.
      let report = try #require(diff.report(.human))
      #expect(report.contains(leaf.path.last!.label + "："), "\(report)")
    }
  }

  @Test(arguments: leaves.map(\.description))
  func schemaDescribesFieldWithItsLabel(leafName: String) throws {
    let leaf = try #require(Self.leaves.first { $0.description == leafName })
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(CatalogSchema.document.rendered().utf8)) as? [String: Any])
    let definitions = try #require(schema["$defs"] as? [String: Any])
    let name = ["powers": "power", "services": "service", "village_matters": "village_matter"][leaf.list.section]!
    var node = try #require(definitions[name] as? [String: Any])
    for field in leaf.path {
      let properties = try #require(node["properties"] as? [String: Any], "\(leaf)")
      node = try #require(properties[field.key] as? [String: Any], "\(leaf): no \(field.key) in the schema")
      #expect(node["title"] as? String == field.label, "\(leaf)")
    }
  }

  @Test(arguments: CatalogLists.all.map(\.section))
  func everyFieldHasItsColumnAndOneLabel(section: String) throws {
    let list = try #require(CatalogLists.all.first { $0.section == section })
    let result = try catalog(list).check()
    let files = GuideBuilder(Publication(result: result, draft: true)).render()
    let csv = String(decoding: try #require(files["catalog.csv"]), as: UTF8.self)
    let header = csv.dropFirst().prefix { $0 != "\r\n" }.split(separator: ",").map(String.init)
    let row = csv.split(separator: "\r\n").map(String.init).first { $0.contains("GEN-0001") }
    #expect(row != nil)
    for field in list.fields {
      // A mapping fills a column per field or one for the whole; either way its label or its fields' are headers.
      let labels = [field.label] + field.children.map(\.label)
      #expect(
        header.contains { column in labels.contains { column.split(separator: "／").map(String.init).contains($0) } },
        "\(section).\(field.key): none of \(labels) in \(header)")
    }
    // The guide names each fact by the label its field declares.
    let page = try #require(files.first { $0.key.hasPrefix("items/gen-0001") }?.value)
    let html = String(decoding: page, as: UTF8.self)
    let publication = Publication(result: result, draft: true)
    let position = try #require(publication.items.firstIndex { $0.code == "GEN-0001" })
    for fact in publication.facts(at: position).dropFirst(3) {
      let declared = try #require(list.field(fact.key), "\(fact.key) is not a declared field of \(section)")
      #expect(fact.label == declared.label, "\(section).\(fact.key)")
      #expect(html.contains(">\(fact.label)<"), "\(section).\(fact.key)")
    }
  }

  /// Workbook headers find their field, for import.
  @Test func headersFindTheirField() throws {
    for list in CatalogLists.all {
      #expect(list.field(forHeader: "事项名称")?.key == "name")
      #expect(list.field(forHeader: "事项 编码")?.key == "code")
    }
    #expect(CatalogLists.all[0].field(forHeader: "职权类别")?.key == "category")
    #expect(CatalogLists.all[0].field(forHeader: "实施依据")?.key == "basis")
    #expect(CatalogLists.all[1].field(forHeader: "咨询电话")?.key == "consult")
  }
}
