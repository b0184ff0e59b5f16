/// JUnit XML for CI systems that show test reports (GitLab, Jenkins): one test case per item and rule — per
/// township, file and the county too — failing on a finding at or above `--fail-on` (as the exit status does),
/// skipped with the waiver's reason when waived or baselined, the other findings in its output. A catalog that did
/// not load is reported by its load failures as `<error>` cases, without the cases of rules that did not run.
/// Each case's class name is its file, so that Jenkins and GitLab group cases by file.
public struct JUnitReporter {
  let paths: ReportPaths
  let failOn: Severity

  public init(paths: ReportPaths, failOn: Severity = .error) {
    self.paths = paths
    self.failOn = failOn
  }

  /// The suites rules speak of; which rules apply to each, the rules say (`RuleDescriptor.groups`).
  enum Suite: String, CaseIterable {
    case files = "文件"
    case county = "县及版次"
    case townships = "乡镇（街道）"
    case powers = "权力事项"
    case services = "公共服务事项"
    case village = "委托村(居)承办事项"

    var group: ReportGroup {
      switch self {
      case .files: return .files
      case .county: return .county
      case .townships: return .townships
      case .powers: return .powers
      case .services: return .services
      case .village: return .villageMatters
      }
    }

    /// The rule on the suite's subject as a whole, listed first: whether a file loads at all, whether the edition
    /// is approved.
    private var lead: (any DescribedRule.Type)? {
      switch self {
      case .files: return LoadFailure.self
      case .county: return EditionApprovedRule.self
      case .townships, .powers, .services, .village: return nil
      }
    }

    /// The rules of the suite: its lead, then the others in the registry's order.
    var rules: [String] { Self.rulesBySuite[self] ?? [] }

    private static let rulesBySuite: [Suite: [String]] = Dictionary(
      uniqueKeysWithValues: allCases.map { suite in
        var rules = RuleRegistry.descriptors.filter { $0.groups.contains(suite.group) }.map(\.id)
        if let lead = suite.lead, let index = rules.firstIndex(of: lead.id) {
          rules.insert(rules.remove(at: index), at: 0)
        }
        return (suite, rules)
      })
  }

  struct Case {
    var suite: Suite
    var subject: String
    var rule: String
    var location: SourceLocation?
    var diagnostics: [Diagnostic] = []
    /// The case's name when it is not `subject rule`.
    var name: String?
  }

  public func render(_ result: CheckResult) -> String {
    let catalog = result.loaded.catalog
    let profile = result.loaded.profile
    var cases: [String: Case] = [:]
    var order: [String] = []
    func add(_ suite: Suite, _ subject: String, _ location: SourceLocation?) {
      // Rules did not run on a catalog that did not load: only its findings are cases, and none passes.
      guard result.loaded.loaded else { return }
      for rule in suite.rules where profile.setting(for: rule).severity != nil {
        let key = "\(suite.rawValue)\u{0}\(subject)\u{0}\(rule)"
        if cases[key] == nil {
          cases[key] = Case(suite: suite, subject: subject, rule: rule, location: location)
          order.append(key)
        }
      }
    }
    add(.county, catalog.county.map { "\($0.name) \($0.edition)" } ?? "county", catalog.county?.locations.entity)
    for file in catalog.files { add(.files, file, SourceLocation(file: file, line: 1, column: 1)) }
    for township in catalog.townships { add(.townships, township.id, township.locations.entity) }
    for power in catalog.powers { add(.powers, power.code, power.locations.entity) }
    for service in catalog.services { add(.services, service.code, service.locations.entity) }
    for matter in catalog.villageMatters { add(.village, matter.code, matter.locations.entity) }
    let itemSuites: [String: Suite] = Dictionary(
      catalog.powers.map { ($0.code, .powers) } + catalog.services.map { ($0.code, .services) }
        + catalog.villageMatters.map { ($0.code, .village) }, uniquingKeysWith: { first, _ in first })
    for diagnostic in result.diagnostics {
      let suite: Suite
      let subject: String
      if Suite.files.rules.contains(diagnostic.rule) {
        (suite, subject) = (.files, diagnostic.location.file)
      } else if let code = diagnostic.code, let itemSuite = itemSuites[code] {
        (suite, subject) = (itemSuite, code)
      } else if let township = diagnostic.township {
        (suite, subject) = (.townships, township)
      } else {
        (suite, subject) = (.county, catalog.county.map { "\($0.name) \($0.edition)" } ?? "county")
      }
      let key = "\(suite.rawValue)\u{0}\(subject)\u{0}\(diagnostic.rule)"
      if cases[key] == nil {
        cases[key] = Case(suite: suite, subject: subject, rule: diagnostic.rule, location: diagnostic.location)
        order.append(key)
      }
      cases[key]!.diagnostics.append(diagnostic)
    }
    let grouped = Dictionary(grouping: order.compactMap { cases[$0] }, by: \.suite)
    return document(Suite.allCases.compactMap { suite in grouped[suite].map { (suite.rawValue, $0) } })
  }

  /// A diff: one test case per change, failing when a rule on changes finds an error in it.
  public func render(_ diff: EditionDiff) -> String {
    var byCode = Dictionary(grouping: diff.diagnostics.filter { $0.code != nil }, by: { $0.code! })
    var cases = diff.changes.map { change -> Case in
      let diagnostics = byCode.removeValue(forKey: change.code) ?? []
      let kinds = change.kinds.map(\.chinese).joined(separator: "、")
      return Case(
        suite: .county, subject: change.code, rule: kinds, location: change.location, diagnostics: diagnostics,
        name: "\(change.section.chinese) \(change.code) \(kinds)")
    }
    let others = diff.diagnostics.filter { $0.code == nil } + byCode.values.flatMap { $0 }
    cases += others.map {
      Case(suite: .files, subject: $0.location.file, rule: $0.rule, location: $0.location, diagnostics: [$0])
    }
    return document([("本版调整", cases)])
  }

  func document(_ suites: [(String, [Case])]) -> String {
    let all = suites.flatMap(\.1)
    func counts(_ cases: [Case]) -> String {
      let failing = cases.filter(failed)
      let errors = failing.filter(isError).count
      return "tests=\"\(cases.count)\" failures=\"\(failing.count - errors)\" errors=\"\(errors)\""
        + " skipped=\"\(cases.filter(skipped).count)\""
    }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites name=\"qingdan\" \(counts(all))>\n"
    for (name, cases) in suites {
      out += "  <testsuite name=\"\(XMLText.attribute(name))\" \(counts(cases))>\n"
      for testCase in cases { out += render(testCase) }
      out += "  </testsuite>\n"
    }
    return out + "</testsuites>\n"
  }

  /// The findings that fail the run: at or above `--fail-on`, neither waived nor baselined.
  private func failing(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.severity >= failOn && !diagnostic.waived && !diagnostic.baselined
  }

  private func failed(_ testCase: Case) -> Bool {
    testCase.diagnostics.contains(where: failing)
  }

  /// A failing case that is an error of the run: a file that did not load, not a failed check.
  private func isError(_ testCase: Case) -> Bool {
    testCase.diagnostics.contains { failing($0) && $0.rule == LoadFailure.descriptor.id }
  }

  private func skipped(_ testCase: Case) -> Bool {
    !failed(testCase) && testCase.diagnostics.contains { $0.waived || $0.baselined }
  }

  /// The case's file as a class name: dots replaced, so that no tool reads `powers/a.yaml` as package
  /// `powers/a` and class `yaml`.
  private func classname(_ testCase: Case) -> String {
    guard let location = testCase.location else { return testCase.suite.rawValue }
    return paths.path(location).replacingOccurrences(of: ".", with: "_")
  }

  private func render(_ testCase: Case) -> String {
    var out = "    <testcase classname=\"\(XMLText.attribute(classname(testCase)))\""
    out += " name=\"\(XMLText.attribute(testCase.name ?? "\(testCase.subject) \(testCase.rule)"))\""
    if let location = testCase.location {
      out += " file=\"\(XMLText.attribute(paths.path(location)))\" line=\"\(location.line)\""
    }
    guard !testCase.diagnostics.isEmpty else { return out + "/>\n" }
    out += ">\n"
    func line(_ diagnostic: Diagnostic) -> String {
      let location = diagnostic.location
      return
        "\(paths.path(diagnostic)):\(location.line):\(location.column): \(diagnostic.severity.chinese) \(diagnostic.message)"
    }
    let failures = testCase.diagnostics.filter(failing)
    if let first = failures.first {
      let element = isError(testCase) ? "error" : "failure"
      let counts = Severity.allCases.reversed().compactMap { severity -> String? in
        let count = failures.filter { $0.severity == severity }.count
        return count == 0 ? nil : "\(severity.chinese) \(count) 条"
      }
      out += "      <\(element) type=\"\(XMLText.attribute(first.rule))\""
      out += " message=\"\(XMLText.attribute(counts.joined(separator: "，")))\">"
      out += XMLText.text(failures.map(line).joined(separator: "\n")) + "</\(element)>\n"
    } else if skipped(testCase) {
      let excused = testCase.diagnostics.filter { $0.waived || $0.baselined }
      let reasons = excused.map { $0.waived ? "已豁免：\($0.waiverReason ?? "")" : "基线中的已知问题" }
      let unique = reasons.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
      out += "      <skipped message=\"\(XMLText.attribute(unique.joined(separator: "；")))\"/>\n"
    }
    let others = testCase.diagnostics.filter { !failing($0) }
    if !others.isEmpty {
      out += "      <system-out>" + XMLText.text(others.map(line).joined(separator: "\n")) + "</system-out>\n"
    }
    return out + "    </testcase>\n"
  }
}

/// XML text and attribute values. Line breaks survive: as character references in attributes, where a parser
/// would turn them into spaces, and CR everywhere; C1, bidi and invisible characters are character references, so
/// none reaches a terminal raw; other control characters, which XML 1.0 cannot hold, are written out
/// (`VisibleText`).
enum XMLText {
  static func attribute(_ text: String) -> String { escape(text, attribute: true) }

  static func text(_ text: String) -> String { escape(text, attribute: false) }

  private static func escape(_ text: String, attribute: Bool) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\r": out += "&#13;"
      case "\n" where attribute: out += "&#10;"
      case "\t" where attribute: out += "&#9;"
      case "\n", "\t": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
          out += VisibleText.escape(String(scalar))
        } else if VisibleText.isHidden(scalar) {
          out += "&#x\(String(scalar.value, radix: 16, uppercase: true));"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
