/// What a rule's findings are about, for reports that group results by subject (JUnit's test suites).
public enum ReportGroup: Sendable, Hashable, CaseIterable {
  case files
  case county
  case townships
  case powers
  case services
  case villageMatters

  /// Every township and item: rules about identity and references speak of each.
  public static let entities: [ReportGroup] = [.townships, .powers, .services, .villageMatters]
}
