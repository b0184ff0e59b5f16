/// JUnit XML for CI systems that show test reports (GitLab, Jenkins): one test case per item and rule — per
/// township, file and the county too — failing on an error, skipped when waived or baselined, with warnings
/// and notes in its output.
public struct JUnitReporter {
  let paths: ReportPaths

  public init(paths: ReportPaths) {
    self.paths = paths
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
    /// Overrides `suite.subject` as the class name.
    var classname: String?
  }

  public func render(_ result: CheckResult) -> String {
    let catalog = result.loaded.catalog
    let profile = result.loaded.profile
    var cases: [String: Case] = [:]
    var order: [String] = []
    func add(_ suite: Suite, _ subject: String, _ location: SourceLocation?) {
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
      return Case(
        suite: .county, subject: change.code, rule: change.kinds.map(\.chinese).joined(separator: "、"),
        location: change.location, diagnostics: diagnostics, classname: "\(change.section.chinese).\(change.code)")
    }
    let others = diff.diagnostics.filter { $0.code == nil } + byCode.values.flatMap { $0 }
    cases += others.map {
      Case(suite: .files, subject: $0.location.file, rule: $0.rule, location: $0.location, diagnostics: [$0])
    }
    return document([("本版调整", cases)])
  }

  func document(_ suites: [(String, [Case])]) -> String {
    let all = suites.flatMap(\.1)
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites name=\"qingdan\" tests=\"\(all.count)\" failures=\"\(all.filter(failed).count)\""
    out += " skipped=\"\(all.filter(skipped).count)\">\n"
    for (name, cases) in suites {
      out += "  <testsuite name=\"\(XMLText.escape(name))\" tests=\"\(cases.count)\""
      out += " failures=\"\(cases.filter(failed).count)\" skipped=\"\(cases.filter(skipped).count)\">\n"
      for testCase in cases { out += render(testCase) }
      out += "  </testsuite>\n"
    }
    return out + "</testsuites>\n"
  }

  private func failed(_ testCase: Case) -> Bool {
    testCase.diagnostics.contains { $0.severity == .error && !$0.waived && !$0.baselined }
  }

  private func skipped(_ testCase: Case) -> Bool {
    !failed(testCase) && testCase.diagnostics.contains { $0.severity == .error }
  }

  private func render(_ testCase: Case) -> String {
    var out =
      "    <testcase classname=\"\(XMLText.escape(testCase.classname ?? "\(testCase.suite.rawValue).\(testCase.subject)"))\""
    out += " name=\"\(XMLText.escape(testCase.rule))\""
    if let location = testCase.location {
      out += " file=\"\(XMLText.escape(paths.path(location)))\" line=\"\(location.line)\""
    }
    guard !testCase.diagnostics.isEmpty else { return out + "/>\n" }
    out += ">\n"
    let lines = testCase.diagnostics.map {
      "\(paths.path($0)):\($0.location.line):\($0.location.column): \($0.severity.chinese) \($0.message)"
    }
    if failed(testCase) {
      let first = testCase.diagnostics.first { $0.severity == .error && !$0.waived && !$0.baselined }!
      out += "      <failure type=\"\(XMLText.escape(first.rule))\" message=\"\(XMLText.escape(first.message))\">"
      out += XMLText.escape(lines.joined(separator: "\n")) + "</failure>\n"
    } else if skipped(testCase) {
      out += "      <skipped message=\"已豁免或在基线中\"/>\n"
    }
    out += "      <system-out>" + XMLText.escape(lines.joined(separator: "\n")) + "</system-out>\n"
    return out + "    </testcase>\n"
  }
}

/// XML text and attribute values; characters XML 1.0 cannot hold are dropped.
enum XMLText {
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }
}
