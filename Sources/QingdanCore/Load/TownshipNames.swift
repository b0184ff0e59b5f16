/// Townships written by their Chinese names where ids belong (`townships: 煎茶镇、潮砥镇`, `[煎茶镇]`): the
/// decoder reports each, and once every file's townships are known the report says which ids to write.
struct TownshipNames {
  /// A finding (by index) about `names`, written as the whole value of `townships` or as one entry of its list.
  struct Mention: Sendable {
    var finding: Int
    var names: [String]
    var wholeValue: Bool

    func shifted(by offset: Int) -> Mention {
      Mention(finding: finding + offset, names: names, wholeValue: wholeValue)
    }
  }

  /// What clerks put between townships in one line of text.
  static let separators: [Character] = ["、", "，", ",", "；", ";", "　", " ", "/", "／"]

  static func separator(in text: String) -> Character? {
    text.first { separators.contains($0) }
  }

  static func split(_ text: String) -> [String] {
    text.split(whereSeparator: { separators.contains($0) }).map(String.init).filter { !$0.isEmpty }
  }

  private var ids: [String: String] = [:]

  init(_ townships: [Township]) {
    for township in townships {
      ids[township.id] = township.id
      ids[township.name] = ids[township.name] ?? township.id
      // 煎茶 for 煎茶镇, 青龙 for 青龙街道.
      for suffix in ["街道办事处", "街道", "镇", "乡"] where township.name.hasSuffix(suffix) {
        let short = String(township.name.dropLast(suffix.count))
        if !short.isEmpty { ids[short] = ids[short] ?? township.id }
      }
    }
  }

  /// Adds to each mention's finding the ids its names stand for, when every name is a township's.
  func suggestIDs(for mentions: [Mention], in findings: inout [Finding]) {
    for mention in mentions where findings.indices.contains(mention.finding) {
      let resolved = mention.names.compactMap { ids[$0.trimmingWhitespace] }
      guard resolved.count == mention.names.count else { continue }
      let pairs = zip(mention.names, resolved).filter { $0 != $1 }.map { "“\($0)”的 id 是 \($1)" }
      let written = resolved.joined(separator: ", ")
      let advice =
        mention.wholeValue ? "应写 townships: [\(written)]" : resolved.count == 1 ? "应写 \(written)" : "应写成 \(written) 几项"
      findings[mention.finding].message +=
        "（" + (pairs.isEmpty ? "" : pairs.joined(separator: "，") + "；") + advice + "）"
    }
  }
}
