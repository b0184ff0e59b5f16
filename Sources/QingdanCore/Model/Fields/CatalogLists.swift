/// The lists of a catalog, each described by its declaration.
public enum CatalogLists {
  /// Every item list, in FORMAT.md's order.
  public static let all: [ListDeclaration] = [
    Power.declaration.list, ServiceItem.declaration.list, VillageMatter.declaration.list,
  ]

  /// The declaration of the list a diff section speaks of; nil for the county, departments and townships.
  public static func declaration(of section: ChangeSection) -> ListDeclaration? {
    switch section {
    case .powers: return Power.declaration.list
    case .services: return ServiceItem.declaration.list
    case .villageMatters: return VillageMatter.declaration.list
    case .county, .departments, .townships: return nil
    }
  }
}
