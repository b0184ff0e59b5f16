/// Small constructors for JSON Schema (draft 2020-12) nodes with Chinese titles and descriptions, which editors
/// show on hover.
enum S {
  static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }

  static func described(_ title: String, _ description: String, _ schema: JSONValue) -> JSONValue {
    guard case .object(let fields) = schema else { return schema }
    // A `$ref` beside other keywords is fine in 2020-12.
    return .object([("title", .string(title)), ("description", .string(description))] + fields)
  }

  static func object(required: [String] = [], _ properties: [(String, JSONValue)]) -> JSONValue {
    var fields: [(String, JSONValue)] = [("type", "object")]
    if !required.isEmpty { fields.append(("required", .array(required.map(JSONValue.string)))) }
    fields.append(("additionalProperties", false))
    fields.append(("properties", .object(properties)))
    return .object(fields)
  }

  static func field(_ name: String, _ title: String, _ description: String, _ schema: JSONValue) -> (String, JSONValue)
  {
    (name, described(title, description, schema))
  }

  static func enumeration(_ values: [String]) -> JSONValue {
    .object([("type", "string"), ("enum", .array(values.map(JSONValue.string)))])
  }

  static func array(_ items: JSONValue, minItems: Int? = nil) -> JSONValue {
    var fields: [(String, JSONValue)] = [("type", "array"), ("items", items)]
    if let minItems { fields.append(("minItems", .number(Double(minItems)))) }
    return .object(fields)
  }

  static func integer(_ minimum: Int, _ maximum: Int) -> JSONValue {
    .object([("type", "integer"), ("minimum", .number(Double(minimum))), ("maximum", .number(Double(maximum)))])
  }

  static func number(_ minimum: Double, _ maximum: Double) -> JSONValue {
    .object([("type", "number"), ("minimum", .number(minimum)), ("maximum", .number(maximum))])
  }

  /// What the loader reads as text: a string with something in it, or a number or true/false as written.
  static var text: JSONValue {
    anyOf([pattern("\\S"), .object([("type", "number")]), .object([("type", "boolean")])])
  }

  static func anyOf(_ schemas: [JSONValue]) -> JSONValue { .object([("anyOf", .array(schemas))]) }

  static func pattern(_ pattern: String) -> JSONValue { .object([("type", "string"), ("pattern", .string(pattern))]) }
}
