/// SARIF 2.1.0 (OASIS): every rule described once in the tool's `rules` — id, Chinese short and full
/// description, default level and citation — and every diagnostic a result located by file, line and column.
/// Waived and baselined diagnostics are results with a suppression, so code-scanning tools show them as such.
public struct SARIFReporter {
  let paths: ReportPaths
  let profile: Profile

  public init(paths: ReportPaths, profile: Profile) {
    self.paths = paths
    self.profile = profile
  }

  public func render(_ diagnostics: [Diagnostic]) -> String {
    let descriptors = RuleRegistry.descriptors
    let index = Dictionary(uniqueKeysWithValues: descriptors.enumerated().map { ($0.element.id, $0.offset) })
    var out = "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
    out += "  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n"
    out += "          \"name\": \"qingdan\",\n          \"version\": \(JSONText.quoted(QingdanVersion.current)),\n"
    out += "          \"informationUri\": \(JSONText.quoted(QingdanVersion.informationURI)),\n"
    out += "          \"rules\": [\n"
    out += descriptors.map { "            " + rule($0) }.joined(separator: ",\n")
    out += "\n          ]\n        }\n      },\n      \"results\": ["
    out += diagnostics.map { "\n        " + result($0, index: index[$0.rule] ?? 0) }.joined(separator: ",")
    out += diagnostics.isEmpty ? "]\n" : "\n      ]\n"
    return out + "    }\n  ]\n}\n"
  }

  private func rule(_ descriptor: RuleDescriptor) -> String {
    let setting = profile.setting(for: descriptor.id)
    let level = setting.severity.map(Self.level) ?? "none"
    let fields = [
      "\"id\": \(JSONText.quoted(descriptor.id))",
      "\"name\": \(JSONText.quoted(Self.pascal(descriptor.id)))",
      "\"shortDescription\": {\"text\": \(JSONText.quoted(descriptor.summary))}",
      "\"fullDescription\": {\"text\": \(JSONText.quoted(descriptor.explanation + "依据：" + Citation.readable(setting.citation)))}",
      "\"defaultConfiguration\": {\"level\": \"\(level)\", \"enabled\": \(setting.severity != nil)}",
      "\"properties\": {\"citation\": \(JSONText.quoted(setting.citation)), \"tags\": [\"qingdan\"]}",
    ]
    return "{" + fields.joined(separator: ", ") + "}"
  }

  private func result(_ diagnostic: Diagnostic, index: Int) -> String {
    let location =
      "{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \(JSONText.quoted(Self.uri(paths.path(diagnostic))))}, "
      + "\"region\": {\"startLine\": \(diagnostic.location.line), \"startColumn\": \(diagnostic.location.column)}}}"
    var fields = [
      "\"ruleId\": \(JSONText.quoted(diagnostic.rule))", "\"ruleIndex\": \(index)",
      "\"level\": \"\(Self.level(diagnostic.severity))\"",
      "\"message\": {\"text\": \(JSONText.quoted(diagnostic.message))}",
      "\"locations\": [\(location)]",
      "\"partialFingerprints\": {\"qingdan/v1\": \(JSONText.quoted(Fingerprint.of(diagnostic)))}",
    ]
    if diagnostic.waived {
      fields.append("\"suppressions\": [{\"kind\": \"external\", \"justification\": \"豁免（waivers）\"}]")
    } else if diagnostic.baselined {
      fields.append("\"suppressions\": [{\"kind\": \"external\", \"justification\": \"基线中的已知问题\"}]")
    }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }

  /// `offices-count` → `OfficesCount`.
  static func pascal(_ id: String) -> String {
    id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  /// A relative URI reference: each path segment percent-encoded (Chinese names, spaces).
  static func uri(_ path: String) -> String {
    let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
    var out = ""
    for byte in path.utf8 {
      if allowed.contains(byte) {
        out.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }
}
