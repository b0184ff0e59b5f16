import Foundation

/// SARIF 2.1.0 (OASIS): every rule described once in the tool's `rules` — id, Chinese short and full
/// description, help, default level and citation — and every diagnostic a result located by file, line and column
/// (columns count Unicode code points, as qingdan's do). Files are URIs relative to `%SRCROOT%`, the folder qingdan
/// ran in; a catalog outside it is named by a base of its own. Waived and baselined diagnostics are results with a
/// suppression (a waiver's with its reason), so code-scanning tools do not count them. The run says which command
/// and catalog it is (`automationDetails`) and how it ended (`invocations`).
public struct SARIFReporter {
  let paths: ReportPaths
  let profile: Profile
  /// `qingdan/check/catalogs/dejiang/`: GitHub keeps the alerts of each such category apart.
  let automationID: String
  let exitCode: Int32
  /// False when a catalog did not load and rules did not run.
  let executionSuccessful: Bool

  /// `command`: `check` or `diff`; `subject`: the catalog folder as named; the run's exit status and whether every
  /// catalog loaded.
  public init(
    paths: ReportPaths, profile: Profile, command: String, subject: String, exitCode: Int32, loaded: Bool
  ) {
    self.paths = paths
    self.profile = profile
    automationID = "qingdan/\(command)/\(Self.category(subject))/"
    self.exitCode = exitCode
    executionSuccessful = loaded
  }

  /// Where the README lists every rule (`RulesReferenceTests` checks that it lists each).
  static let rulesReference = QingdanVersion.informationURI + "#" + uri("规则一览")
  static let sourceRoot = "%SRCROOT%"

  public func render(_ diagnostics: [Diagnostic]) -> String {
    let artifacts = diagnostics.map(artifact)
    var bases = [(Self.sourceRoot, "{\"description\": {\"text\": \"运行 qingdan 的目录\"}}")]
    for base in Set(artifacts.compactMap(\.base)).sorted() {
      bases.append((base.id, "{\"uri\": \(JSONText.quoted(base.uri))}"))
    }
    let descriptors = RuleRegistry.descriptors
    let index = Dictionary(uniqueKeysWithValues: descriptors.enumerated().map { ($0.element.id, $0.offset) })
    var out = "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
    out += "  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n"
    out += "          \"name\": \"qingdan\",\n          \"version\": \(JSONText.quoted(QingdanVersion.current)),\n"
    out += "          \"informationUri\": \(JSONText.quoted(QingdanVersion.informationURI)),\n"
    out += "          \"rules\": [\n"
    out += descriptors.map { "            " + rule($0) }.joined(separator: ",\n")
    out += "\n          ]\n        }\n      },\n"
    out += "      \"automationDetails\": {\"id\": \(JSONText.quoted(automationID))},\n"
    out += "      \"invocations\": [{\"exitCode\": \(exitCode), \"executionSuccessful\": \(executionSuccessful)}],\n"
    out += "      \"columnKind\": \"unicodeCodePoints\",\n"
    out += "      \"originalUriBaseIds\": {" + bases.map { "\(JSONText.quoted($0.0)): \($0.1)" }.joined(separator: ", ")
    out += "},\n      \"results\": ["
    out += zip(diagnostics, artifacts).map { diagnostic, artifact in
      "\n        " + result(diagnostic, artifact: artifact, index: index[diagnostic.rule] ?? 0)
    }.joined(separator: ",")
    out += diagnostics.isEmpty ? "]\n" : "\n      ]\n"
    return out + "    }\n  ]\n}\n"
  }

  /// A file as a relative URI and the base it is relative to (nil: `%SRCROOT%`).
  struct Artifact {
    var uri: String
    var base: Base?
  }

  struct Base: Hashable, Comparable {
    var id: String
    var uri: String
    static func < (lhs: Base, rhs: Base) -> Bool { lhs.id < rhs.id }
  }

  /// Relative to the folder qingdan ran in when the file lies in it; else relative to its catalog's folder, which
  /// becomes a base of its own (`CATALOG`, `OLD_CATALOG`) given by an absolute `file:` URI.
  private func artifact(_ diagnostic: Diagnostic) -> Artifact {
    let location = diagnostic.location
    let path = paths.path(diagnostic)
    let current = FileManager.default.currentDirectoryPath
    let absolute = path.hasPrefix("/") ? path : current + "/" + path
    let normalized = URL(fileURLWithPath: absolute).standardizedFileURL.path
    if normalized.hasPrefix(current == "/" ? "/" : current + "/") {
      return Artifact(uri: Self.uri(String(normalized.dropFirst(current == "/" ? 1 : current.count + 1))), base: nil)
    }
    let old = paths.isOld(diagnostic)
    let root = URL(fileURLWithPath: old ? paths.oldRoot : paths.root).standardizedFileURL
    let relative =
      normalized.hasPrefix(root.path + "/") ? String(normalized.dropFirst(root.path.count + 1)) : location.file
    let base = Base(id: old ? "OLD_CATALOG" : "CATALOG", uri: "file://" + Self.uri(root.path + "/"))
    return Artifact(uri: Self.uri(relative), base: base)
  }

  /// The catalog as named, for `automationDetails.id`: `catalogs/dejiang`, or the folder's name for `.`.
  static func category(_ subject: String) -> String {
    var name = subject
    while name.hasPrefix("./") { name.removeFirst(2) }
    while name.count > 1 && name.hasSuffix("/") { name.removeLast() }
    if name.isEmpty || name == "." || name.hasPrefix("/") || name.hasPrefix("..") {
      name = URL(fileURLWithPath: subject).standardizedFileURL.lastPathComponent
    }
    return name
  }

  private func rule(_ descriptor: RuleDescriptor) -> String {
    let setting = profile.setting(for: descriptor.id)
    let level = setting.severity.map(Self.level) ?? "none"
    let fields = [
      "\"id\": \(JSONText.quoted(descriptor.id))",
      "\"name\": \(JSONText.quoted(Self.pascal(descriptor.id)))",
      "\"shortDescription\": {\"text\": \(JSONText.quoted(descriptor.summary))}",
      "\"fullDescription\": {\"text\": \(JSONText.quoted(descriptor.explanation + "依据：" + Citation.readable(setting.citation)))}",
      "\"help\": {\"text\": \(JSONText.quoted(descriptor.summary + "。" + descriptor.explanation))}",
      "\"helpUri\": \(JSONText.quoted(Self.rulesReference))",
      "\"defaultConfiguration\": {\"level\": \"\(level)\", \"enabled\": \(setting.severity != nil)}",
      "\"properties\": {\"citation\": \(JSONText.quoted(setting.citation)), \"tags\": [\"qingdan\"]}",
    ]
    return "{" + fields.joined(separator: ", ") + "}"
  }

  private func result(_ diagnostic: Diagnostic, artifact: Artifact, index: Int) -> String {
    let base = artifact.base?.id ?? Self.sourceRoot
    let location =
      "{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \(JSONText.quoted(artifact.uri)), \"uriBaseId\": \(JSONText.quoted(base))}, "
      + "\"region\": {\"startLine\": \(diagnostic.location.line), \"startColumn\": \(diagnostic.location.column)}}}"
    var fields = [
      "\"ruleId\": \(JSONText.quoted(diagnostic.rule))", "\"ruleIndex\": \(index)",
      "\"level\": \"\(Self.level(diagnostic.severity))\"",
      "\"message\": {\"text\": \(JSONText.quoted(diagnostic.message))}",
      "\"locations\": [\(location)]",
      "\"partialFingerprints\": {\"qingdan/v1\": \(JSONText.quoted(Fingerprint.of(diagnostic)))}",
    ]
    if diagnostic.waived {
      let reason = diagnostic.waiverReason ?? "豁免（waivers）"
      fields.append("\"suppressions\": [{\"kind\": \"external\", \"justification\": \(JSONText.quoted(reason))}]")
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
