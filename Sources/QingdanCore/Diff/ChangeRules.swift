/// The rules on a change between editions (RULES.md, “Between editions”).
public struct ChangeRules {
  public static let noRecentralization = NoRecentralizationRule.descriptor

  public static let withdrawn = WithdrawnRule.descriptor

  public static let codeReuse = CodeReuseRule.descriptor

  public static let rules: [any DescribedRule.Type] = [
    NoRecentralizationRule.self, WithdrawnRule.self, CodeReuseRule.self,
  ]

  public static let descriptors = rules.map { $0.descriptor }

  let old: Catalog
  let new: Catalog
  /// Township names by id, the old edition's first.
  private let townshipNames: [String: String]
  private let scopes: ScopeSets

  init(old: Catalog, new: Catalog) {
    self.old = old
    self.new = new
    var names: [String: String] = [:]
    for township in old.townships + new.townships where names[township.id] == nil {
      names[township.id] = township.name
    }
    townshipNames = names
    scopes = ScopeSets(old: old, new: new)
  }

  /// Findings about `changes`: a statutory power taken back, a delegated power withdrawn, a code reused; each with
  /// the edition its location is in (the old one for a removed item).
  func check(_ changes: [Change]) -> [(finding: Finding, edition: Edition)] {
    let oldPowers = Dictionary(old.powers.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    var findings: [(finding: Finding, edition: Edition)] = []
    for change in changes {
      let edition: Edition = change.inOldEdition ? .old : .new
      let withdrawn = change.kinds.contains(.removed) || change.kinds.contains(.narrowed)
      if change.section == .powers, withdrawn, let power = oldPowers[change.oldCode ?? change.code] {
        let how = change.kinds.contains(.removed) ? "在新版中被取消" : "在新版中缩小了实施范围，不再在\(scope(change))实施"
        let place = change.inOldEdition ? "（旧版 \(change.location)）" : ""
        if power.source == .statutory {
          findings.append(
            (
              Finding(
                rule: Self.noRecentralization.id,
                message: "法定权力事项“\(power.name)”（\(power.code)）\(how)\(place)；法律规定由乡镇实施的事项，县级不得上收",
                location: change.location, code: change.code), edition
            ))
        } else if power.isDelegated {
          findings.append(
            (
              Finding(
                rule: Self.withdrawn.id,
                message:
                  "\(power.source?.rawValue ?? "下放")的权力事项“\(power.name)”（\(power.code)）\(how)\(place)，属于上收，请审核是否经过批准",
                location: change.location, code: change.code), edition
            ))
        }
      }
      if change.kinds.contains(.renamed), !change.kinds.contains(.recoded),
        let category = change.fields.first(where: { ["category", "domain", "kind"].contains($0.field) }),
        let oldName = change.fields.first(where: { $0.field == "name" })?.old
      {
        findings.append(
          (
            Finding(
              rule: Self.codeReuse.id,
              message:
                "编码 \(change.code) 未变，名称从“\(oldName)”改为“\(change.name)”，类别也从“\(category.old ?? "")”改为“\(category.new ?? "")”；很可能是把旧编码用在了另一个事项上，新事项应使用新编码",
              location: change.location, code: change.code), edition
          ))
      }
    }
    return findings
  }

  /// The townships a narrowed item no longer applies to: `甲镇、乙镇`.
  private func scope(_ change: Change) -> String {
    guard let field = change.fields.first(where: { $0.field == "townships" }) else { return "" }
    let scope = { (value: String?) -> TownshipScope in
      value == "all" ? .all : .list(value?.split(separator: "、").map(String.init) ?? [])
    }
    return scopes.lost(from: scope(field.old), to: scope(field.new)).map { townshipNames[$0] ?? $0 }
      .joined(separator: "、")
  }

  /// Findings as diagnostics under the new edition's profile, with the new edition's waivers applied.
  static func diagnostics(
    _ findings: [(finding: Finding, edition: Edition)], profile: Profile, waivers catalog: Catalog
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = findings.compactMap { finding, edition in
      let setting = profile.setting(for: finding.rule)
      guard let severity = setting.severity else { return nil }
      var diagnostic = Diagnostic(finding, severity: severity, citation: setting.citation)
      diagnostic.edition = edition
      return diagnostic
    }
    // Waivers of the new edition exempt changes too; waivers of check rules that speak of nothing here are
    // check's business, so unused ones are not reported by diff.
    _ = WaiverMatcher(catalog: catalog).apply(to: &diagnostics)
    return diagnostics
  }
}

/// `no-recentralization`: a statutory power is neither removed nor narrowed.
public enum NoRecentralizationRule: DescribedRule {
  public static let descriptor = RuleDescriptor(
    id: "no-recentralization",
    summary: "法律规定由乡镇实施的（法定）权力事项，新版不得取消或缩小实施范围（不得上收）",
    explanation: "凡是法律法规规章规定由乡镇政府、乡镇派出机构实施的事项，上级政府及其部门不得上收实施。旧版中 source 为法定的权力事项，新版中既不能删除，也不能减少适用的乡镇。",
    citation: "000 二(一)4", referenceSeverity: .error, profiles: .era(.era2018),
    triggeringExamples: [
      RuleExample(
        change: "powers/example.yaml",
        before: """
          powers:
            - code: P-0001
              name: 对违反村庄规划建设的责令停止
              category: 行政强制
              source: 法定
              basis: [《中华人民共和国城乡规划法》第六十五条]
              office: jjfz
              responsibilities: [立案责任, 调查责任]
              supervision: 县自然资源局
          """,
        after: """
          powers:
            - 1️⃣code: P-0001
              name: 对违反村庄规划建设的责令停止
              category: 行政强制
              source: 法定
              basis: [《中华人民共和国城乡规划法》第六十五条]
              townships: [alpha]
              office: jjfz
              responsibilities: [立案责任, 调查责任]
              supervision: 县自然资源局
          """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        change: "powers/example.yaml",
        before: """
          powers:
            - code: P-0001
              name: 对违反村庄规划建设的责令停止
              category: 行政强制
              source: 法定
              basis: [《中华人民共和国城乡规划法》第六十五条]
              townships: [alpha]
              office: jjfz
              responsibilities: [立案责任, 调查责任]
              supervision: 县自然资源局
          """,
        after: """
          powers:
            - code: P-0001
              name: 对违反村庄规划建设的责令停止
              category: 行政强制
              source: 法定
              basis: [《中华人民共和国城乡规划法》第六十五条]
              office: jjfz
              responsibilities: [立案责任, 调查责任]
              supervision: 县自然资源局
          """)
    ])
}

/// `withdrawn`: a delegated power removed or narrowed is listed for review.
public enum WithdrawnRule: DescribedRule {
  public static let descriptor = RuleDescriptor(
    id: "withdrawn",
    summary: "委托下放的权力事项被取消或缩小范围时，作为“上收”提请审核",
    explanation: "下放事项实行动态管理。上收下放事项（新版删除或减少适用乡镇）须经论证和批准；本规则把每一项上收列出来供审核，确认无误后可用豁免说明批准文件。",
    citation: "004 大王镇 四(三)", referenceSeverity: .warning, profiles: .era(.era2018),
    triggeringExamples: [
      RuleExample(
        change: "powers/example.yaml",
        before: """
          powers:
            - 1️⃣code: P-0002
              name: 对擅自占用城市绿地的处罚
              category: 行政处罚
              source: 委托
              department: ziran
              basis: [《城市绿化条例》第二十七条]
              delegation_basis: 《中华人民共和国行政处罚法》第二十四条
              office: jjfz
              responsibilities: [立案责任, 调查责任]
              supervision: 县自然资源局
              trainer: ziran
              funding: 县财政预算安排
              approval: {document: 测府函〔2024〕6号, date: 2024-01-10}
          """,
        after: """
          powers: []
          """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        change: "powers/example.yaml",
        before: """
          powers:
            - code: P-0002
              name: 对擅自占用城市绿地的处罚
              category: 行政处罚
              source: 委托
              department: ziran
              basis: [《城市绿化条例》第二十七条]
              delegation_basis: 《中华人民共和国行政处罚法》第二十四条
              office: jjfz
              responsibilities: [立案责任, 调查责任]
              supervision: 县自然资源局
              trainer: ziran
              funding: 县财政预算安排
              approval: {document: 测府函〔2024〕6号, date: 2024-01-10}
          """,
        after: """
          powers:
            - code: P-0002
              name: 对擅自占用城市绿地的处罚
              category: 行政处罚
              source: 委托
              department: ziran
              basis: [《城市绿化条例》第二十七条]
              delegation_basis: 《中华人民共和国行政处罚法》第二十四条
              office: jjfz
              responsibilities: [立案责任, 调查责任]
              supervision: 县自然资源局执法监督科
              trainer: ziran
              funding: 县财政预算安排
              approval: {document: 测府函〔2024〕6号, date: 2024-01-10}
          """)
    ])
}

/// `code-reuse`: an unchanged code whose name and category both changed.
public enum CodeReuseRule: DescribedRule {
  public static let descriptor = RuleDescriptor(
    id: "code-reuse",
    summary: "事项编码不变而名称和类别都变了：很可能是把旧编码用在了另一个事项上",
    explanation: "事项编码是事项的身份。编码不变、名称和权力类别（服务事项为服务领域）都变了，多半是旧编码被重新使用；应给新事项新编码，旧事项按取消处理。",
    citation: "FORMAT.md", referenceSeverity: .warning, profiles: .every,
    triggeringExamples: [
      RuleExample(
        change: "powers/example.yaml",
        before: """
          powers:
            - code: P-0001
              name: 对违反村庄规划建设的责令停止
              category: 行政强制
              source: 法定
              basis: [《中华人民共和国城乡规划法》第六十五条]
              office: jjfz
              responsibilities: [立案责任, 调查责任]
              supervision: 县自然资源局
          """,
        after: """
          powers:
            - 1️⃣code: P-0001
              name: 农村村民宅基地审批
              category: 行政许可
              source: 法定
              basis: [《中华人民共和国城乡规划法》第六十五条]
              office: jjfz
              responsibilities: [立案责任, 调查责任]
              supervision: 县自然资源局
          """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        change: "powers/example.yaml",
        before: """
          powers:
            - code: P-0001
              name: 对违反村庄规划建设的责令停止
              category: 行政强制
              source: 法定
              basis: [《中华人民共和国城乡规划法》第六十五条]
              office: jjfz
              responsibilities: [立案责任, 调查责任]
              supervision: 县自然资源局
          """,
        after: """
          powers:
            - code: P-0001
              name: 对违反村庄规划进行建设的责令停止建设
              category: 行政强制
              source: 法定
              basis: [《中华人民共和国城乡规划法》第六十五条]
              office: jjfz
              responsibilities: [立案责任, 调查责任]
              supervision: 县自然资源局
          """)
    ])
}
