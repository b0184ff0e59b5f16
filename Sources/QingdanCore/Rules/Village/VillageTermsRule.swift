/// `village-terms`: an agreement states rights, duties and real funding (权、责、费).
struct VillageTermsRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "village-terms",
    summary: "委托协议写明权利、责任和经费，经费不能为空、“无”或 0",
    explanation: "委托协议要明确权、责、费：agreement 写明 rights、duties 和 funding。不给经费的委托等于把负担转嫁给村(居)，funding 不能写“无”或 0。",
    citation: "000 二(一)3", referenceSeverity: .error, profiles: .era(.era2018), groups: [.villageMatters],
    triggeringExamples: [
      RuleExample(
        "village/example.yaml",
        """
        village_matters:
          - code: V-0001
            name: 协助开展森林防火巡查
            kind: 委托事项
            office: shsw
            agreement:
              type: 购买服务协议
              rights: 按协议取得服务费
              duties: 按月上报巡查记录
              funding: 1️⃣"无"
              signed: 2024-01-05
            published: 2024-01-06
        """)
    ],
    nonTriggeringExamples: [
      RuleExample(
        "village/example.yaml",
        """
        village_matters:
          - code: V-0001
            name: 协助开展森林防火巡查
            kind: 委托事项
            office: shsw
            agreement:
              type: 购买服务协议
              rights: 按协议取得服务费
              duties: 按月上报巡查记录
              funding: 每年每村 3000 元
              signed: 2024-01-05
            published: 2024-01-06
        """)
    ])

  /// Whether `funding` says there is no money: empty words (无, 暂无, 没有, 不安排 …) or an amount of zero written
  /// any way (0, 0.0, ０, 0 元, 零元, 〇).
  static func isNoFunding(_ funding: String) -> Bool {
    var text = ""
    for scalar in funding.lowercased().unicodeScalars where !scalar.isWhiteSpace {
      // Full-width digits and punctuation to ASCII.
      if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
        text.unicodeScalars.append(ascii)
      } else {
        text.unicodeScalars.append(scalar)
      }
    }
    for prefix in ["无", "暂无", "没有", "不安排", "不提供", "n/a", "none"] where text.hasPrefix(prefix) { return true }
    if ["-", "—", "/", "零", "〇"].contains(text) { return true }
    // Only an amount can be zero: most funding texts name a source and have other characters.
    guard text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || Self.amountCharacters.contains($0) }) else {
      return false
    }
    for unit in ["人民币", "万元", "元", "块"] { text = text.replacingOccurrences(of: unit, with: "") }
    text = text.replacingOccurrences(of: "零", with: "0").replacingOccurrences(of: "〇", with: "0")
    if let amount = Double(text), amount == 0 { return true }
    return false
  }

  /// What an amount is written with besides digits: separators, signs, 零/〇 and the units removed below.
  private static let amountCharacters = Set(".,+-零〇人民币万元块".unicodeScalars)

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    var findings: [Finding] = []
    for matter in catalog.catalog.villageMatters {
      guard let agreement = matter.agreement else { continue }
      var label: String { CatalogIndex.label(matter) }  // only for a finding
      if agreement.rights == nil {
        findings.append(finding(matter, "\(label)的协议没有写明村(居)的权利（agreement.rights）", at: "agreement"))
      }
      if agreement.duties == nil {
        findings.append(finding(matter, "\(label)的协议没有写明村(居)的责任（agreement.duties）", at: "agreement"))
      }
      if let funding = agreement.funding {
        if Self.isNoFunding(funding) {
          findings.append(
            finding(matter, "\(label)的协议经费写的是“\(funding)”；委托事项须有经费保障（权、责、费一致）", at: "agreement.funding"))
        }
      } else {
        findings.append(finding(matter, "\(label)的协议没有写明经费（agreement.funding）", at: "agreement"))
      }
    }
    return findings
  }
}
