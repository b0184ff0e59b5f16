/// A rule parameter's value: a number or a list of names.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
  case number(Double)
  case list([String])

  public var description: String {
    switch self {
    case .number(let number): return Formats.plain(number)
    case .list(let names): return names.joined(separator: "、")
    }
  }
}

/// A parameter a rule reads from its profile.
public struct ParameterSpec: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// A count: a whole number.
    case integer
    /// A number, such as a percentage.
    case number
    case list
  }

  public var name: String
  public var kind: Kind
  /// Chinese, for `qingdan rules`.
  public var meaning: String
  /// For a list: the only values it may hold (an official vocabulary), so that a typo cannot switch a rule off.
  public var vocabulary: [String]?

  public init(_ name: String, _ kind: Kind, _ meaning: String, vocabulary: [String]? = nil) {
    self.name = name
    self.kind = kind
    self.meaning = meaning
    self.vocabulary = vocabulary
  }
}

/// The parameters of one rule under the active profile. Every declared parameter is present: profiles start
/// from the rule's defaults.
public struct RuleParameters: Sendable, Hashable {
  public var values: [String: ParameterValue]

  public init(_ values: [String: ParameterValue]) {
    self.values = values
  }

  public func number(_ name: String) -> Double {
    if case .number(let number)? = values[name] { return number }
    preconditionFailure("parameter \(name) is declared as a number")
  }

  public func list(_ name: String) -> [String] {
    if case .list(let names)? = values[name] { return names }
    preconditionFailure("parameter \(name) is declared as a list")
  }
}
