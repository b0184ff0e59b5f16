/// `schemas/catalog.schema.json`: validates any catalog file as FORMAT.md describes it — every section, unknown
/// fields rejected, the official vocabularies as enums, dates and codes as patterns — with Chinese titles and
/// descriptions for editors. It agrees with the loader's `schema` rule (a test runs check-jsonschema over the
/// same fixtures); what it cannot see is which file a section is in (`county` and `rules` belong in
/// qingdan.yaml) and references between files.
public enum CatalogSchema {
  public static let fileName = "catalog.schema.json"
  public static let id = "https://qingdan.invalid/schemas/catalog.schema.json"

  public static var document: JSONValue {
    .object([
      ("$schema", "https://json-schema.org/draft/2020-12/schema"), ("$id", .string(id)),
      ("title", "乡镇权责清单文件"),
      ("description", "qingdan 清单文件：以章节名为键的映射。county 和 rules 只能写在 qingdan.yaml 中；其余章节可写在任何文件中，各文件的列表合并。"),
      ("type", "object"), ("additionalProperties", false),
      (
        "properties",
        .object([
          S.field("county", "县及本版清单", "县(市、区)名称、代码、版次、施行日期、规则配置和县人民政府的批准（只在 qingdan.yaml 中）。", S.ref("county")),
          S.field("rules", "规则设置", "对规则配置的调整：规则 id 对应 off、级别或参数（只在 qingdan.yaml 中）。", S.ref("rules")),
          S.field("departments", "县直部门", "下放事项、派驻机构所属的县直部门。", S.array(S.ref("department"))),
          S.field("townships", "乡镇（街道）", "乡镇（街道）及其党政办事机构、事业站所和派驻机构。", S.array(S.ref("township"))),
          S.field("powers", "权力事项", "乡镇的法定权力事项和县直部门委托、下放、授权的权力事项。", S.array(S.ref("power"))),
          S.field("services", "公共服务事项", "乡镇公共服务事项及其办事指南要素。", S.array(S.ref("service"))),
          S.field("village_matters", "委托村(居)承办事项", "乡镇委托村(居)民委员会承办的事项。", S.array(S.ref("village_matter"))),
          S.field("waivers", "豁免", "经批准的例外：某条规则对某个事项、乡镇或全县不适用。", S.array(S.ref("waiver"))),
        ])
      ),
      ("$defs", .object(definitions + ItemSchemas.definitions + [("rules", ProfileSchema.rules)])),
    ])
  }

  static var definitions: [(String, JSONValue)] {
    [
      ("text", S.text),
      ("texts", S.array(S.ref("text"))),
      ("prose", S.anyOf([S.ref("text"), S.array(S.ref("text"))])),
      ("slug", S.pattern("^[a-z][a-z0-9-]*$")),
      ("date", .object([("type", "string"), ("format", "date"), ("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")])),
      ("bool", .object([("type", "boolean")])),
      ("count", S.integer(0, 1_000_000)),
      (
        "approval",
        S.object([
          S.field("document", "批准文号", "批准文件的文号，如 德府函〔2024〕97号。", S.ref("text")),
          S.field("date", "批准日期", "批准日期，YYYY-MM-DD。", S.ref("date")),
        ])
      ),
      (
        "county",
        S.object(
          required: ["name", "code", "edition", "effective"],
          [
            S.field("name", "县名", "县(市、区)名称，如 德江县。", S.ref("text")),
            S.field(
              "code", "行政区划代码", "6 位数字的县级行政区划代码。",
              S.anyOf([S.pattern("^[0-9]{6}$"), S.integer(100_000, 999_999)])),
            S.field("edition", "版次", "本版清单的版次，如 2024年版。", S.ref("text")),
            S.field("effective", "施行日期", "本版清单施行的日期，YYYY-MM-DD。", S.ref("date")),
            S.field(
              "profile", "规则配置", "内置配置 id（dejiang-2018、beijing-2018、jiangjin-pilot）或清单目录内配置文件的相对路径。", S.ref("text")),
            S.field("approval", "县人民政府批准", "县人民政府批准本版清单的文号和日期；日期不晚于施行日期。", S.ref("approval")),
            S.field("publisher", "发布单位", "发布办事指南的单位，如 德江县人民政府政务服务中心。", S.ref("text")),
          ])
      ),
      (
        "department",
        S.object(
          required: ["id", "name"],
          [
            S.field("id", "部门标识", "小写字母开头，由小写字母、数字和 - 组成，在全县唯一，如 minzheng。", S.ref("slug")),
            S.field("name", "部门名称", "如 县民政局。", S.ref("text")),
          ])
      ),
      ("township", TownshipSchema.township), ("office", TownshipSchema.office), ("station", TownshipSchema.station),
      ("dispatched", TownshipSchema.dispatched),
      (
        "waiver",
        S.object(
          required: ["rule", "target", "reason"],
          [
            S.field(
              "rule", "规则", "被豁免的规则 id（load、schema、unused-waiver 不能豁免）。",
              S.enumeration(RuleRegistry.descriptors.map(\.id).filter { !WaiverMatcher.unwaivable.contains($0) })),
            S.field("target", "豁免对象", "事项编码、乡镇 id，或 county（全县）。", S.ref("text")),
            S.field("reason", "理由", "为什么这里不适用这条规则。", S.ref("text")),
            S.field("approved", "批准文件", "同意这一例外的文件。", S.ref("text")),
          ])
      ),
    ]
  }
}
