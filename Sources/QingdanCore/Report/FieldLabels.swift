/// The Chinese names of catalog fields, by their dotted FORMAT.md names. An item's field is named as its list
/// declares it (`ListDeclaration`); the county's and townships' fields here.
public enum FieldLabels {
  static let labels: [String: String] = [
    "name": "名称", "code": "编码", "kind": "类型", "approval.document": "批准文号", "approval.date": "批准日期",
    "edition": "版次", "effective": "施行日期", "profile": "规则配置", "publisher": "发布单位", "pilot": "改革试点",
    "agricultural": "以农业为主", "merged_into": "并入",
  ]

  /// The label of `field` of an item of `section`, or of the county's or a township's field.
  public static func label(_ field: String, in section: ChangeSection) -> String {
    if let list = CatalogLists.declaration(of: section), let declared = list.field(field) { return declared.label }
    return label(field)
  }

  /// `时限单位`; for a township's units, `党政办事机构 shsw 的人员`; an unknown field as written.
  public static func label(_ field: String) -> String {
    if let label = labels[field] { return label }
    let parts = field.split(separator: ".", maxSplits: 2).map(String.init)
    let units = ["offices": "党政办事机构", "stations": "事业站所", "dispatched": "派驻机构"]
    guard parts.count >= 2, let unit = units[parts[0]] else { return field }
    guard parts.count == 3 else { return "\(unit) \(parts[1])" }
    let attribute = ["plaques": "加挂牌子", "staff": "人员", "agricultural": "农业农村工作", "township_weight": "乡镇考核权重"]
    return "\(unit) \(parts[1]) 的\(attribute[parts[2]] ?? parts[2])"
  }
}
