import QingdanYAML

/// Typed values. Each reports a wrong value as a `schema` finding and returns nil for it.
extension FieldReader {
  /// Any scalar, as written (`code: 0001` stays `0001`). Empty text counts as absent.
  func text(_ key: String, required: Bool = false) -> String? {
    guard let node = value(key, required: required) else { return nil }
    guard let text = node.scalarText else {
      report("字段“\(key)”应为文本，实际是\(node.kindName)", at: node)
      return nil
    }
    let trimmed = text.trimmingWhitespace
    if trimmed.isEmpty {
      reportEmpty(key, required: required, at: node)
      return nil
    }
    return trimmed
  }

  /// Text that must match `pattern`, described to the user as `expected`. A plain scalar that YAML reads as a
  /// number or true/false is wrong (other tools would not see the text), except a whole number in `integers`.
  func formatted(
    _ key: String, required: Bool = false, expected: String, integers: ClosedRange<Double>? = nil,
    _ isValid: (String) -> Bool
  ) -> String? {
    guard let text = text(key, required: required) else { return nil }
    if let node = valueNodeIfPresent(key), case .scalar(_, plain: true) = node.kind {
      switch PlainScalar(text) {
      case .number(let value) where integers.map({ value.rounded() == value && $0.contains(value) }) ?? false:
        return isValid(text) ? text : Formats.plain(value)
      case .number, .bool:
        report(
          "字段“\(key)”的值“\(text)”在 YAML 中会被读作\(Self.readAs(text))，应为\(expected)；如确是这样写，请加引号：\(key): \"\(text)\"",
          at: node)
        return nil
      case .null, .string: break
      }
    }
    guard isValid(text) else {
      report("字段“\(key)”的值“\(text)”格式不对，应为\(expected)", at: locationNode(key))
      return nil
    }
    return text
  }

  func slug(_ key: String, required: Bool = false) -> String? {
    formatted(key, required: required, expected: "小写字母开头、由小写字母、数字和“-”组成的标识（如 minzheng）", Formats.isSlug)
  }

  /// How YAML reads a plain scalar that is not text, for messages: “数字 10”, “true/false”.
  static func readAs(_ text: String) -> String {
    switch PlainScalar(text) {
    case .number(let value): return "数字 \(Formats.plain(value))"
    case .bool: return "真假值（true/false）"
    case .null: return "空值"
    case .string: return "文字"
    }
  }

  func bool(_ key: String) -> Bool? {
    guard let node = value(key) else { return nil }
    if case .scalar(let text, let plain) = node.kind {
      switch text {
      case "true", "True", "TRUE", "false", "False", "FALSE":
        if plain { return text.lowercased() == "true" }
        report("字段“\(key)”应为 true 或 false，不加引号；请去掉“\(text)”两边的引号", at: node)
        return nil
      default: break
      }
    }
    report("字段“\(key)”应为 true 或 false，实际是“\(node.scalarText ?? node.kindName)”", at: node)
    return nil
  }

  /// Counts, staff numbers and days: bounded so that sums over a catalog cannot overflow.
  func int(_ key: String, range: ClosedRange<Int> = 0...1_000_000) -> Int? {
    guard let node = value(key) else { return nil }
    if case .scalar(let text, let plain) = node.kind, let number = Self.integer(text), range.contains(number) {
      if plain { return number }
      report("字段“\(key)”应为数字，不加引号；请去掉“\(text)”两边的引号", at: node)
      return nil
    }
    report(
      "字段“\(key)”应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数，实际是“\(node.scalarText ?? node.kindName)”", at: node)
    return nil
  }

  func number(_ key: String, range: ClosedRange<Double>) -> Double? {
    guard let node = value(key) else { return nil }
    if case .scalar(let text, let plain) = node.kind, let number = Self.real(text), number.isFinite,
      range.contains(number)
    {
      if plain { return number }
      report("字段“\(key)”应为数字，不加引号；请去掉“\(text)”两边的引号", at: node)
      return nil
    }
    report(
      "字段“\(key)”应为 \(Formats.plain(range.lowerBound)) 到 \(Formats.plain(range.upperBound)) 之间的数，实际是“\(node.scalarText ?? node.kindName)”",
      at: node)
    return nil
  }

  /// A whole number as YAML writes it (`7`, `0x0A`, `7.0`, `1e1`, `1_000`), or as text quoted around one.
  /// Whether `node` is a plain scalar YAML reads as a number, true/false or null rather than as text.
  static func readsAsNonText(_ node: YAMLNode) -> Bool {
    guard case .scalar(let text, plain: true) = node.kind else { return false }
    return PlainScalar(text) != .string
  }

  static func integer(_ text: String) -> Int? {
    guard let value = real(text), value.rounded() == value, abs(value) < 1e15 else { return nil }
    return Int(value)
  }

  static func real(_ text: String) -> Double? {
    if case .number(let value) = PlainScalar(text) { return value }
    return nil
  }

  func date(_ key: String, required: Bool = false) -> CalendarDate? {
    guard let node = value(key, required: required) else { return nil }
    if let text = node.scalarText, let date = CalendarDate(text) { return date }
    report("字段“\(key)”应为 YYYY-MM-DD 格式的日期（如 2024-01-01），实际是“\(node.scalarText ?? node.kindName)”", at: node)
    return nil
  }

  func choice<Value: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> Value?
  where Value.RawValue == String {
    guard let text = text(key, required: required) else { return nil }
    if let value = Value(rawValue: text) { return value }
    let allowed = Value.allCases.map(\.rawValue)
    report("字段“\(key)”的值“\(text)”不在规定范围内，应为：\(allowed.joined(separator: "、"))", at: locationNode(key))
    return nil
  }

  /// A list of non-empty texts. `nil` when absent; an empty list is `[]`.
  func textList(_ key: String) -> [String]? {
    guard let node = value(key) else { return nil }
    guard case .sequence(let items) = node.kind else {
      report("字段“\(key)”应为列表（每项以“- ”开头，或写成 [甲, 乙]），实际是\(node.kindName)", at: node)
      return nil
    }
    var texts: [String] = []
    for item in items {
      guard let text = item.scalarText, !item.isNull, !text.trimmingWhitespace.isEmpty else {
        report("字段“\(key)”的列表项应为非空文本，实际是\(item.kindName)", at: item)
        continue
      }
      texts.append(text.trimmingWhitespace)
    }
    return texts
  }

  /// Text written either as one string or as a list of strings (joined with “；”), for prose fields such as an
  /// agreement's rights and duties that offices often write point by point.
  func prose(_ key: String) -> String? {
    guard let node = valueNodeIfPresent(key), case .sequence = node.kind else { return text(key) }
    let parts = textList(key) ?? []
    return parts.isEmpty ? nil : parts.joined(separator: "；")
  }

  /// The sequence items of `key`, or nil after reporting when it is not a sequence.
  func sequence(_ key: String) -> YAMLItems? {
    guard let node = value(key) else { return nil }
    guard case .sequence(let items) = node.kind else {
      report("字段“\(key)”应为列表，实际是\(node.kindName)", at: node)
      return nil
    }
    return items
  }

  /// The node a field's finding should point at: its value when present, else the mapping.
  func locationNode(_ key: String) -> YAMLNode {
    valueNodeIfPresent(key) ?? node
  }
}

extension String {
  /// Without leading and trailing white space (full-width spaces included). Most values have none, and return
  /// at once.
  package var trimmingWhitespace: String {
    // White space begins with one of a few bytes and ends with one of a few others; most text (Chinese
    // characters begin with E4–E9) can be returned after looking at two bytes.
    guard let firstByte = utf8.first, let lastByte = utf8.last else { return self }
    switch (firstByte, lastByte) {
    case (0x09...0x0D, _), (0x20, _), (0xC2, _), (0xE1...0xE3, _): break
    case (_, 0x09...0x0D), (_, 0x20), (_, 0x80...0x8A), (_, 0x9F), (_, 0xA0), (_, 0xA8), (_, 0xA9), (_, 0xAF): break
    default: return self
    }
    guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
    if !first.isWhiteSpace && !last.isWhiteSpace { return self }
    var scalars = Substring(self).unicodeScalars
    while let head = scalars.first, head.isWhiteSpace { scalars.removeFirst() }
    while let tail = scalars.last, tail.isWhiteSpace { scalars.removeLast() }
    return String(scalars)
  }
}

extension Unicode.Scalar {
  /// Unicode's White_Space property, spelled out: the property look-up was a measurable share of loading.
  var isWhiteSpace: Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }
}
