/// `schemas/profile.schema.json` for profile files, and the `rules` mapping both it and qingdan.yaml use —
/// generated from the rule registry, so every rule and parameter is listed with its meaning.
public enum ProfileSchema {
  public static let fileName = "profile.schema.json"

  public static var document: JSONValue {
    .object([
      ("$schema", "https://json-schema.org/draft/2020-12/schema"),
      ("$id", "https://qingdan.invalid/schemas/profile.schema.json"), ("title", "qingdan 规则配置"),
      ("description", "一个县的规则配置：以 extends 继承内置配置或另一个配置文件，在 rules 中调整级别、参数和依据。"),
      ("type", "object"), ("required", .array(["id"])), ("additionalProperties", false),
      (
        "properties",
        .object([
          S.field("id", "配置标识", "如 my-county-2024。", S.text),
          S.field("title", "名称", "如 某县乡镇权责清单编制规则。", S.text),
          S.field("source", "来源文件", "这份配置依据的文件，如 某府办发〔2024〕1号。", S.text),
          S.field("extends", "继承", "内置配置 id 或同一清单目录内另一个配置文件的相对路径；省略时继承 dejiang-2018。", S.text),
          S.field("rules", "规则设置", "规则 id 对应 off、级别或参数映射。", rules),
        ])
      ),
    ])
  }

  static var rules: JSONValue {
    let severity = S.enumeration(["off", "error", "warning", "info"])
    let configurable = RuleRegistry.descriptors.filter { $0.id != LoadFailure.descriptor.id }
    return .object([
      ("type", "object"), ("additionalProperties", false),
      (
        "properties",
        .object(
          configurable.map { descriptor in
            var parameters: [(String, JSONValue)] = [
              S.field("severity", "级别", "off、error、warning 或 info。", severity),
              S.field("citation", "依据", "这条规则在本县依据的文件和条款。", S.text),
            ]
            for spec in descriptor.parameters {
              let schema: JSONValue
              switch spec.kind {
              case .integer: schema = S.integer(0, 1_000_000)
              case .number: schema = S.number(0, 1_000_000)
              case .list: schema = S.array(spec.vocabulary.map(S.enumeration) ?? S.text)
              }
              parameters.append(S.field(spec.name, spec.meaning, spec.meaning, schema))
            }
            return S.field(
              descriptor.id, descriptor.summary, descriptor.explanation,
              S.anyOf([severity, S.object(parameters)]))
          })
      ),
    ])
  }
}
