/// The three profiles RULES.md defines. Each starts from every rule's reference parameters and citation and sets
/// the severities of its column.
public enum BuiltinProfiles {
  public static let defaultID = "dejiang-2018"
  public static let ids = ["dejiang-2018", "beijing-2018", "jiangjin-pilot"]

  public static func profile(_ id: String) -> Profile? {
    switch id {
    case "dejiang-2018": return dejiang
    case "beijing-2018": return beijing
    case "jiangjin-pilot": return jiangjin
    default: return nil
    }
  }

  public static let dejiang = make(
    id: "dejiang-2018", title: "德江县关于加强乡镇政府服务能力建设实施方案", source: "德府办发〔2018〕61号",
    off: ["agri-staff-ratio", "proxy-limits"])

  public static let beijing = make(
    id: "beijing-2018", title: "北京市关于加强乡镇政府服务能力建设的实施意见", source: "中共北京市委办公厅、北京市人民政府办公厅 2018",
    severities: ["reserved-powers": .error, "service-object": .error],
    off: [
      "offices-count", "stations-count", "enforcement-office", "agri-staff-ratio", "proxy-limits",
      "disclosure-frequency",
    ])

  public static let jiangjin = make(
    id: "jiangjin-pilot", title: "江津市建设镇(街)服务型政府试点", source: "中共江津市委、江津市人民政府试点情况汇报",
    off: [
      "stations-count", "enforcement-office", "dispatched-weight", "delegation-funding", "reserved-powers",
      "disclosure-frequency",
    ],
    overrides: [
      "offices-count": (["min": .number(4), "max": .number(4)], "003 二(三)")
    ])

  /// Rules not named in `severities` or `off` have their reference severity (RULES.md's D column where the
  /// reference profile has them on).
  private static func make(
    id: String, title: String, source: String, severities: [String: Severity] = [:], off: Set<String>,
    overrides: [String: ([String: ParameterValue], String)] = [:]
  ) -> Profile {
    var settings: [String: RuleSetting] = [:]
    for descriptor in RuleRegistry.descriptors {
      var setting = RuleSetting(
        severity: off.contains(descriptor.id) ? nil : severities[descriptor.id] ?? descriptor.referenceSeverity,
        parameters: descriptor.defaultParameters, citation: descriptor.citation)
      if let (parameters, citation) = overrides[descriptor.id] {
        for (name, value) in parameters { setting.parameters.values[name] = value }
        setting.citation = citation
      }
      settings[descriptor.id] = setting
    }
    return Profile(id: id, title: title, source: source, settings: settings)
  }
}
