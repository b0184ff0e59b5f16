/// What a rule found, before the profile gives it a severity and a citation.
public struct Finding: Sendable, Hashable {
  public var rule: String
  /// Chinese; names the item or township, says what was found and what is required. The citation is added later.
  public var message: String
  public var location: SourceLocation
  /// The item code the finding is about, if any.
  public var code: String?
  /// The township id the finding is about, if any.
  public var township: String?

  public init(rule: String, message: String, location: SourceLocation, code: String? = nil, township: String? = nil) {
    self.rule = rule
    self.message = message
    self.location = location
    self.code = code
    self.township = township
  }
}
