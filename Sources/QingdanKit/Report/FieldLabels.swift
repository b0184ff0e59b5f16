/// The Chinese names of catalog fields, by their dotted FORMAT.md names: one vocabulary for the table's headers
/// and the diff's reports.
public enum FieldLabels {
  static let labels: [String: String] = [
    "list": "清单", "code": "编码", "name": "名称", "category": "权力类别", "domain": "服务领域", "kind": "类型",
    "source": "事项来源", "department": "下放部门", "basis": "法律依据", "delegation_basis": "下放依据",
    "townships": "实施范围", "office": "承办机构", "responsibilities": "责任事项", "supervision": "监督方式",
    "trainer": "培训指导监督部门", "funding": "经费保障", "approval": "县人民政府批准",
    "approval.document": "批准文号", "approval.date": "批准日期", "acceptance": "承接情况", "object": "服务对象",
    "conditions": "受理条件和服务要求", "materials": "申请材料", "process": "办理流程", "on_the_spot": "当场办结",
    "time_limit": "办结时限", "time_limit.statutory": "法定办结时限", "time_limit.committed": "承诺办结时限",
    "time_limit.unit": "时限单位", "fee": "收费标准", "location": "办理地点", "online": "网上办理",
    "proxy": "代办代领", "proxy_days": "代办办结天数", "benefit": "待遇标签", "disclosure_per_year": "受益对象名单公开",
    "phones.consult": "咨询电话", "phones.complaint": "监督投诉电话", "service": "协助的服务事项",
    "agreement.type": "协议类型", "agreement.rights": "村(居)权利", "agreement.duties": "村(居)责任",
    "agreement.funding": "经费", "agreement.signed": "协议签订日期", "published": "公布公示日期",
    "edition": "版次", "effective": "施行日期", "profile": "规则配置", "publisher": "发布单位", "pilot": "改革试点",
    "agricultural": "以农业为主",
  ]

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
