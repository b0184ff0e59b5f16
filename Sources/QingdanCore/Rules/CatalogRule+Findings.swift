extension CatalogRule {
  func finding(_ message: String, at location: SourceLocation, code: String? = nil, township: String? = nil) -> Finding
  {
    Finding(rule: Self.descriptor.id, message: message, location: location, code: code, township: township)
  }

  /// A finding about `item`, at `field`'s value (or at the item, when the field is absent).
  func finding<Item: CatalogItem>(_ item: Item, _ message: String, at field: String) -> Finding {
    finding(message, at: item.locations[field], code: item.code)
  }

  /// A finding about `township`, at `field`'s value (or at the township, when the field is absent).
  func finding(_ township: Township, _ message: String, at field: String) -> Finding {
    finding(message, at: township.locations[field], township: township.id)
  }
}
