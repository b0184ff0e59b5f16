/// Folds Traditional characters to Simplified, for matching names that may be written in either script (the
/// Beijing source document is Traditional). Covers the characters of welfare and subsidy item names.
enum ChineseScript {
  private static let pairs: [(Character, Character)] = Array(
    zip(
      "貧補農業護貼濟災養療醫殘優撫軍屬證請審發給費資產産戶區縣鄉鎮勞動難價錢銀糧種機購買經營學職貸幫準標時專項單體衛計劃齡層廳權責辦務險喪葬撫恤勵獎殯儀設遷擁軟鄰禮臨應"
        + "貸還關聯幣這個會為與對導據錄來兒孫婦嬰獨親屬衆眾隊選舉壯參傷",
      "贫补农业护贴济灾养疗医残优抚军属证请审发给费资产产户区县乡镇劳动难价钱银粮种机购买经营学职贷帮准标时专项单体卫计划龄层厅权责办务险丧葬抚恤励奖殡仪设迁拥软邻礼临应"
        + "贷还关联币这个会为与对导据录来儿孙妇婴独亲属众众队选举壮参伤"))
  private static let table = Dictionary(pairs, uniquingKeysWith: { first, _ in first })

  static func simplified(_ text: String) -> String {
    String(text.map { table[$0] ?? $0 })
  }

  /// The scalars of the Traditional characters the table knows.
  private static let traditionalScalars = Set(pairs.flatMap { $0.0.unicodeScalars.map(\.value) })

  /// `text` itself when it has none of the table's Traditional characters (most names), else `simplified(text)`.
  static func simplifiedIfNeeded(_ text: String) -> String {
    text.unicodeScalars.contains { traditionalScalars.contains($0.value) } ? simplified(text) : text
  }
}

extension String {
  /// Whether `needle`'s UTF-8 bytes occur in this string's. Foundation's `contains` goes through `NSString` and
  /// Unicode folding, which showed in the profile of a province-scale check; names are compared as written.
  func containsUTF8(_ needle: String) -> Bool {
    var needle = needle
    var haystack = self
    return needle.withUTF8 { pattern in
      haystack.withUTF8 { text in
        guard let first = pattern.first else { return true }
        guard pattern.count <= text.count else { return false }
        var start = 0
        let last = text.count - pattern.count
        while start <= last {
          if text[start] == first {
            var matched = 1
            while matched < pattern.count && text[start + matched] == pattern[matched] { matched += 1 }
            if matched == pattern.count { return true }
          }
          start += 1
        }
        return false
      }
    }
  }
}
