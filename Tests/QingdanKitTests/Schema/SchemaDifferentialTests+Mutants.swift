import Foundation
import QingdanTestSupport

/// The mutants: every field of every section of the sample catalogs (one occurrence each, chosen by a seeded
/// generator) given each value of `replacements`, renamed, deleted, duplicated and written through a merge key;
/// and the rules' `min`–`max` parameters crossed.
extension SchemaDifferentialTests {
  /// Plain scalars whose YAML type is not what they look like, empty and null values, values of the wrong type.
  static let replacements = [
    "7.0", "0x0A", "1e1", "0o17", "1_000", "+1", "-1", "1.5", ".inf", "0001", "12345", "\"12\"", "\"\"", "''",
    "\" \"", "~", "null", "true", "\"true\"", "yes", "[]", "{}", "[甲, 乙]", "{x: 1}", "2024-01-01", "2024-02-30",
    "abc", "Abc-1", "中文", "无",
  ]

  /// A field on one line: indentation, an optional “- ”, the key, and its value (empty when it is a block).
  struct FieldLine {
    var indent: String
    var dash: Bool
    var key: String
    var value: String

    init?(_ line: Substring) {
      let indent = line.prefix { $0 == " " }
      var rest = line.dropFirst(indent.count)
      dash = rest.hasPrefix("- ")
      if dash { rest = rest.dropFirst(2) }
      guard let colon = rest.firstIndex(of: ":") else { return nil }
      let key = rest[..<colon]
      guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-".contains($0)) }) else {
        return nil
      }
      let value = rest[rest.index(after: colon)...]
      guard value.isEmpty || value.hasPrefix(" ") else { return nil }
      self.indent = String(indent)
      self.key = String(key)
      self.value = value.trimmingCharacters(in: .whitespaces)
    }

    /// Whether the value is one line of its own (not a block below, nor a block scalar).
    var isInline: Bool { !value.isEmpty && !value.hasPrefix("|") && !value.hasPrefix(">") && !value.hasPrefix("#") }
  }

  /// SplitMix64: the same mutants on every run and machine.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  static func bases() throws -> [(kind: Kind, path: String, lines: [Substring])] {
    var bases: [(Kind, String, [Substring])] = []
    for folder in Fixtures.sampleCatalogs {
      let root = Fixtures.url(folder)
      let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".yaml") }
      for file in files.sorted() {
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        let kind: Kind = file == "qingdan.yaml" ? .root : file == "profile.yaml" ? .profile : .list
        bases.append((kind, "\(folder)/\(file)", text.split(separator: "\n", omittingEmptySubsequences: false)))
      }
    }
    return bases
  }

  static func mutants() throws -> [Mutant] {
    let bases = try bases()
    var generator = Generator(state: 18)
    // Each field's occurrences, by kind, section and key.
    var occurrences: [String: [(base: Int, line: Int)]] = [:]
    for (index, base) in bases.enumerated() {
      var section = ""
      for (number, line) in base.lines.enumerated() {
        guard let field = FieldLine(line) else { continue }
        if field.indent.isEmpty && !field.dash { section = field.key }
        // A reference to another file, not a matter of the schema.
        if ["profile", "extends"].contains(field.key) { continue }
        occurrences["\(base.kind.rawValue) \(section).\(field.indent.count).\(field.key)", default: []].append(
          (index, number))
      }
    }
    var mutants: [Mutant] = []
    func add(_ base: Int, _ what: String, _ lines: [Substring], schemaBlind: Bool = false) {
      let kind = bases[base].kind
      let name = String(format: "%@-%04d.yaml", kind.rawValue, mutants.count)
      mutants.append(
        Mutant(kind: kind, name: name, text: lines.joined(separator: "\n"), what: what, schemaBlind: schemaBlind))
    }
    for group in occurrences.keys.sorted() {
      let list = occurrences[group]!
      let (base, number) = list[generator.next(list.count)]
      let lines = bases[base].lines
      let field = FieldLine(lines[number])!
      let head = "\(field.indent)\(field.dash ? "- " : "")"
      let place = "\(bases[base].path):\(number + 1) \(field.key)"
      func replaced(_ new: [String]) -> [Substring] {
        Array(lines[..<number]) + new.map { Substring($0) } + Array(lines[(number + 1)...])
      }
      if field.isInline {
        // The values that have disagreed before, for every field; a seeded third of the others.
        for value in replacements
        where value.hasPrefix("7") || value.hasPrefix("0x") || value.hasPrefix("1e")
          || value == "\"\"" || value == "~" || generator.next(3) == 0
        {
          add(base, "\(place): \(value)", replaced(["\(head)\(field.key): \(value)"]))
        }
      }
      add(base, "\(place) renamed", replaced(["\(head)nmae: \(field.value)"]))
      guard !field.dash else { continue }
      if field.isInline {
        add(base, "\(place) deleted", replaced([]))
        add(base, "\(place) twice", replaced([String(lines[number]), String(lines[number])]))
        add(
          base, "\(place) through a merge key",
          replaced(["\(field.indent)<<:", "\(field.indent)  \(field.key): \(field.value)"]))
        add(base, "\(place) in a merge key's list", replaced(["\(field.indent)<<: [{\(field.key): 1}]"]))
      }
    }
    // The rules' ranges, crossed and not.
    for (index, base) in bases.enumerated() {
      for (number, line) in base.lines.enumerated() where line.contains("{min:") {
        guard let field = FieldLine(line) else { continue }
        for (low, high) in [(9, 3), (3, 9), (4, 4)] {
          var lines = base.lines
          lines[number] = Substring("\(field.indent)\(field.key): {min: \(low), max: \(high)}")
          add(index, "\(base.path):\(number + 1) \(field.key) min \(low) max \(high)", lines, schemaBlind: low > high)
        }
      }
    }
    return mutants
  }
}
