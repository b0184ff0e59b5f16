import QingdanYAML

/// A list's fields, declared once, in the order the guide shows them, with what the loader, diff and the
/// publications derive from them. A class: every item's loading, comparing and publishing reaches it.
package final class ItemDeclaration<Item: DeclaredItem>: Sendable {
  typealias Reader = @Sendable (FieldReader, inout Item.Fields) -> Void
  typealias Comparer = @Sendable (Item.Fields, inout ItemField<Item.Fields>.Values) -> Void
  package typealias Shower = @Sendable (Item.Fields, Wording) -> FactValue?

  /// The public description: section, noun, each field's key, type, label, explanation and workbook headers.
  let list: ListDeclaration
  let fields: [ItemField<Item.Fields>]
  /// The keys an item may have.
  let allowed: FieldNames
  /// Every column the list fills in `catalog.csv`, in order.
  package let columns: [ItemColumn<Item.Fields>]
  /// The fields' readers, comparers and the columns' values by themselves: walking a province's items, taking
  /// one closure from an array costs one reference count where copying a whole `ItemField` costs a dozen.
  private let readers: [Reader]
  private let comparers: [Comparer]
  /// Positions in `columns` of those the guide shows, and of the others.
  package let guideColumns: [Int]
  package let tableOnlyColumns: [Int]
  package let values: [Shower]
  package let labels: [String]

  init(section: String, noun: String, groupKey: String, fields: [ItemField<Item.Fields>]) {
    list = ListDeclaration(section: section, noun: noun, fields: fields.map(\.info), groupKey: groupKey)
    self.fields = fields
    allowed = FieldNames(fields.map(\.info.key))
    let columns = fields.flatMap(\.columns)
    self.columns = columns
    readers = fields.map(\.read)
    comparers = fields.map(\.compare)
    guideColumns = columns.indices.filter { columns[$0].inGuide }
    tableOnlyColumns = columns.indices.filter { !columns[$0].inGuide }
    values = columns.map(\.value)
    labels = columns.map(\.label)
  }

  /// Reads every field but code and name (read when the item was opened) into `fields`, in declaration order.
  func read(_ reader: FieldReader, into fields: inout Item.Fields) {
    for read in readers { read(reader, &fields) }
  }

  /// The item's fields as comparable text, by dotted key: what diff compares.
  func comparable(_ fields: Item.Fields) -> ItemField<Item.Fields>.Values {
    var values: ItemField<Item.Fields>.Values = []
    values.reserveCapacity(columns.count + 4)
    for compare in comparers { compare(fields, &values) }
    return values
  }
}

/// The fields every list has: code, name, townships and office.
protocol CommonFields: Sendable {
  /// No field read yet.
  init()
  var code: String { get set }
  var name: String { get set }
  var townships: TownshipScope { get set }
  var office: String? { get set }
  var locations: FieldLocations { get set }
}

extension ItemField where Fields: CommonFields {
  /// Read, with the name, when the item is opened; diff matches items by code and name.
  static func code(_ noun: String) -> Self {
    Self(
      FieldInfo(
        "code", "事项编码", "\(noun)编码：字母、数字和 - _ .，在三张清单之间唯一。", .itemCode, required: true,
        headers: ["事项编码", "编码", "职权编码", "事项代码", "编号"]),
      read: { _, _ in }, compare: { _, _ in },
      columns: [ItemColumn(key: "code", label: "事项编码", inGuide: true, value: { fields, _ in .text(fields.code) })])
  }

  static func name(_ noun: String, headers: [String]) -> Self {
    Self(
      FieldInfo("name", "事项名称", "\(noun)的名称。", .text, required: true, headers: ["事项名称"] + headers),
      read: { _, _ in }, compare: { _, _ in },
      columns: [ItemColumn(key: "name", label: "事项名称", inGuide: true, value: { fields, _ in .text(fields.name) })])
  }

  static var townships: Self {
    Self(
      FieldInfo(
        "townships", "实施范围", "all（全部乡镇）或乡镇标识的列表；省略时为 all。", .townships,
        headers: ["实施范围", "适用乡镇", "实施乡镇"]),
      read: { reader, fields in fields.townships = reader.townships() }, compare: { _, _ in },
      columns: [
        ItemColumn(
          key: "townships", label: "实施范围", inGuide: true,
          value: { fields, wording in .text(wording.scope(fields.townships)) })
      ])
  }

  static func office(_ label: String, headers: [String]) -> Self {
    ItemField.slug("office", label, "乡镇党政办事机构或站所的标识；须在适用的每个乡镇都存在。", \.office, headers: headers)
      .shown { fields, wording in wording.office(fields.office, fields.townships).map(FactValue.text) }
  }

  /// Shows a department id as the department's name.
  static func department(
    _ key: String, _ label: String, _ explanation: String, _ path: WritableKeyPath<Fields, String?> & Sendable,
    headers: [String] = []
  ) -> Self {
    slug(key, label, explanation, path, headers: headers)
      .shown { fields, wording in fields[keyPath: path].map { .text(wording.names.departmentName($0)) } }
  }
}
