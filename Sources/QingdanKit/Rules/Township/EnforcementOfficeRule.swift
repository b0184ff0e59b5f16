/// `enforcement-office`: a reform-pilot township has a 综合行政执法 office.
struct EnforcementOfficeRule: CatalogRule {
  static let descriptor = RuleDescriptor(
    id: "enforcement-office",
    summary: "开展行政管理体制改革试点的乡镇设有综合行政执法办公室",
    explanation: "开展乡镇行政管理体制改革试点的乡镇，设立综合行政执法办公室（加挂综合行政执法队牌子），作为乡镇政府的执法机构。机构名称或加挂的牌子中须含“综合行政执法”。",
    citation: "000 二(一)1", referenceSeverity: .error, profiles: .only(.dejiang2018), groups: [.townships])

  static let keyword = "综合行政执法"

  init(parameters: RuleParameters) {}

  func check(_ catalog: CatalogIndex) -> [Finding] {
    catalog.catalog.townships.compactMap { township in
      guard township.pilot else { return nil }
      let hasOffice = township.offices.contains { office in
        office.name.contains(Self.keyword) || office.plaques.contains { $0.contains(Self.keyword) }
      }
      guard !hasOffice else { return nil }
      return finding(
        township, "\(CatalogIndex.label(township))是改革试点乡镇，但没有名称或牌子含“综合行政执法”的机构；应设立综合行政执法办公室（加挂综合行政执法队牌子）",
        at: "pilot")
    }
  }
}
