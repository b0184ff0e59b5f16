/// `qingdan rules`: every rule with its severity under a profile, parameters, citation and explanation.
public struct RulesReference {
  let profile: Profile

  public init(profile: Profile) {
    self.profile = profile
  }

  public func render() -> String {
    var out = "规则配置 \(profile.id)：\(profile.title)（\(profile.source)）\n"
    for descriptor in RuleRegistry.descriptors {
      let setting = profile.setting(for: descriptor.id)
      let severity = setting.severity.map(\.chinese) ?? "关闭"
      out += "\n\(descriptor.id)  [\(severity)]  \(descriptor.summary)\n"
      for spec in descriptor.parameters {
        let value = setting.parameters.values[spec.name].map(\.description) ?? ""
        out += "    参数 \(spec.name) = \(value)（\(spec.meaning)）\n"
      }
      out += "    依据：\(Citation.readable(setting.citation))\n"
      out += "    说明：\(descriptor.explanation)\n"
    }
    return out
  }

  /// The same as a JSON array, for tools.
  public func renderJSON() -> String {
    let rules = RuleRegistry.descriptors.map { descriptor -> String in
      let setting = profile.setting(for: descriptor.id)
      let parameters = descriptor.parameters.map { spec -> String in
        let value: String
        switch setting.parameters.values[spec.name] {
        case .number(let number)?: value = Formats.plain(number)
        case .list(let names)?: value = "[" + names.map(JSONText.quoted).joined(separator: ", ") + "]"
        case nil: value = "null"
        }
        return "\(JSONText.quoted(spec.name)): \(value)"
      }
      let fields = [
        "\"id\": \(JSONText.quoted(descriptor.id))",
        "\"severity\": \(setting.severity.map { JSONText.quoted($0.rawValue) } ?? "\"off\"")",
        "\"parameters\": {\(parameters.joined(separator: ", "))}",
        "\"citation\": \(JSONText.quoted(setting.citation))",
        "\"summary\": \(JSONText.quoted(descriptor.summary))",
        "\"explanation\": \(JSONText.quoted(descriptor.explanation))",
      ]
      return "    {" + fields.joined(separator: ", ") + "}"
    }
    return "{\n  \"profile\": \(JSONText.quoted(profile.id)),\n  \"rules\": [\n" + rules.joined(separator: ",\n")
      + "\n  ]\n}\n"
  }
}
