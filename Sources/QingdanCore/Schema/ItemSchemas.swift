/// The item part of the catalog schema: powers, services and village matters.
enum ItemSchemas {
  static var definitions: [(String, JSONValue)] {
    [
      ("item_code", S.anyOf([S.pattern("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"), S.integer(0, 999_999_999_999)])),
      (
        "legal_basis",
        S.anyOf([
          S.ref("text"),
          S.object(
            required: ["law"],
            [
              S.field("law", "法律法规名称", "如 《中华人民共和国城乡规划法》。", S.ref("text")),
              S.field("article", "条款", "如 第四十一条。", S.ref("text")),
            ]),
        ])
      ),
      (
        "townships",
        S.anyOf([.object([("const", "all")]), S.array(S.ref("slug"), minItems: 1)])
      ),
      ("power", list(Power.declaration.list)), ("service", list(ServiceItem.declaration.list)),
      ("village_matter", list(VillageMatter.declaration.list)),
    ]
  }

  /// An item of `list`: each declared field with its label and explanation as hover text.
  static func list(_ list: ListDeclaration) -> JSONValue {
    object(list.fields)
  }

  private static func object(_ fields: [FieldInfo]) -> JSONValue {
    S.object(
      required: fields.filter(\.required).map(\.key),
      fields.map { S.field($0.key, $0.label, $0.explanation, schema($0)) })
  }

  private static func schema(_ field: FieldInfo) -> JSONValue {
    switch field.type {
    case .text: return S.ref("text")
    case .prose: return S.ref("prose")
    case .slug: return S.ref("slug")
    case .texts: return S.ref("texts")
    case .count: return S.ref("count")
    case .bool: return S.ref("bool")
    case .date: return S.ref("date")
    case .itemCode: return S.ref("item_code")
    case .townships: return S.ref("townships")
    case .legalBasis: return S.ref("legal_basis")
    case .legalBases: return S.array(S.ref("legal_basis"))
    case .choice(let values): return S.enumeration(values)
    case .object: return object(field.children)
    case .definition(let name): return S.ref(name)
    case .textMap: return .object([("type", "object"), ("additionalProperties", S.ref("text"))])
    }
  }
}
