/// `code-prefix`: a township's code starts with its county's code.
struct CodePrefixRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "code-prefix",
    summary: "乡镇的行政区划代码以本县代码开头",
    explanation: "乡级行政区划代码共 9 位，前 6 位是所属县(市、区)的代码。代码不符通常是抄错了代码或把别县的乡镇放进了本县清单。",
    citation: "FORMAT.md", referenceSeverity: .error, profiles: .every, groups: [.townships])

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    guard let county = catalog.county, !county.code.isEmpty else { return [] }
    return catalog.catalog.townships.compactMap { township in
      guard !township.code.isEmpty, !township.code.hasPrefix(county.code) else { return nil }
      return finding(
        township, "\(CatalogIndex.label(township))的代码 \(township.code) 不以\(county.name)的代码 \(county.code) 开头",
        at: "code")
    }
  }
}
