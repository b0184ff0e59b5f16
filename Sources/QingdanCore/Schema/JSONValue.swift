/// A JSON value with ordered object keys, rendered deterministically (for the JSON Schemas qingdan writes).
public indirect enum JSONValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral
{
  case string(String)
  case number(Double)
  case bool(Bool)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .number(Double(value)) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }
  public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

  /// Two-space indented JSON ending with a newline at the top level.
  public func rendered(indent: Int = 0) -> String {
    let pad = String(repeating: " ", count: indent + 2)
    let close = String(repeating: " ", count: indent)
    switch self {
    case .string(let text): return JSONText.quoted(text)
    case .number(let number): return Formats.plain(number)
    case .bool(let value): return value ? "true" : "false"
    case .array(let values):
      if values.allSatisfy({ if case .string = $0 { return true } else { return false } }) && values.count <= 12 {
        return "[" + values.map { $0.rendered() }.joined(separator: ", ") + "]"
      }
      return "[\n" + values.map { pad + $0.rendered(indent: indent + 2) }.joined(separator: ",\n") + "\n" + close + "]"
    case .object(let fields):
      if fields.isEmpty { return "{}" }
      return "{\n"
        + fields.map { pad + JSONText.quoted($0.0) + ": " + $0.1.rendered(indent: indent + 2) }.joined(separator: ",\n")
        + "\n" + close + "}"
    }
  }
}
