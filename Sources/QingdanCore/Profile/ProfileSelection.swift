/// The built-in profiles, by name, so that rules can say which of them turn them on.
public enum BuiltinProfileID: String, CaseIterable, Sendable, Hashable {
  case dejiang2018 = "dejiang-2018"
  case beijing2018 = "beijing-2018"
  case jiangjinPilot = "jiangjin-pilot"

  /// The policy the profile carries out: rules written for one era's documents stay off under another's.
  public var era: ProfileEra {
    switch self {
    case .dejiang2018, .beijing2018, .jiangjinPilot: return .era2018
    }
  }
}

/// A generation of township policy documents that built-in profiles carry out.
public enum ProfileEra: Sendable, Hashable {
  /// The 2017–2018 opinions on strengthening townships' capacity to serve (000 and the county documents after it).
  case era2018
}

/// Which built-in profiles turn a rule on: the profiles of some eras, plus or minus named ones. A rule that
/// declares nothing is off in every built-in profile, so that a new rule never switches on under an existing one.
public struct ProfileSelection: Sendable, Hashable {
  public var eras: Set<ProfileEra>
  public var including: Set<BuiltinProfileID>
  public var excluding: Set<BuiltinProfileID>

  public init(eras: Set<ProfileEra> = [], including: Set<BuiltinProfileID> = [], excluding: Set<BuiltinProfileID> = [])
  {
    self.eras = eras
    self.including = including
    self.excluding = excluding
  }

  /// Off in every built-in profile.
  public static let none = ProfileSelection()
  /// The rules of the catalog format itself, on whatever policy a profile carries out.
  public static let every = ProfileSelection(including: Set(BuiltinProfileID.allCases))

  public static func era(_ era: ProfileEra) -> ProfileSelection { ProfileSelection(eras: [era]) }

  public static func only(_ profiles: BuiltinProfileID...) -> ProfileSelection {
    ProfileSelection(including: Set(profiles))
  }

  public func except(_ profiles: BuiltinProfileID...) -> ProfileSelection {
    var result = self
    result.excluding.formUnion(profiles)
    return result
  }

  public func selects(_ profile: BuiltinProfileID) -> Bool {
    !excluding.contains(profile) && (including.contains(profile) || eras.contains(profile.era))
  }
}
