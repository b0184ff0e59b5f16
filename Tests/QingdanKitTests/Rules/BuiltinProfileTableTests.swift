import QingdanKit
import QingdanTestSupport
import Testing

/// Every built-in profile's setting of every rule — severity, parameters, citation — as one table in a golden
/// file, recorded before the profiles were derived from the rules' declarations: deriving them must not change a
/// single setting.
@Suite struct BuiltinProfileTableTests {
  static func table() -> String {
    var out = ""
    for id in BuiltinProfiles.ids {
      guard let profile = BuiltinProfiles.profile(id) else {
        out += "\(id): missing\n"
        continue
      }
      out += "\(profile.id)\t\(profile.title)\t\(profile.source)\n"
      for descriptor in RuleRegistry.descriptors {
        let setting = profile.setting(for: descriptor.id)
        let parameters = setting.parameters.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        out += "  \(descriptor.id)\t\(setting.severity?.rawValue ?? "off")\t"
        out += "\(parameters.joined(separator: ";"))\t\(setting.citation)\n"
      }
    }
    return out
  }

  @Test func everySettingOfEveryBuiltinProfile() throws {
    let difference = try Golden.compare(Self.table(), to: "builtin-profiles.tsv")
    #expect(difference == nil, "\(difference ?? "")")
  }
}
