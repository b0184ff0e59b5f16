import QingdanYAML

/// Decodes a `rules:` mapping, from qingdan.yaml or a profile file: rule id → `off`, a severity, or a mapping of
/// parameters with optional `severity` and `citation`. Unknown rules and parameters, and values of the wrong
/// kind, are `schema` findings.
struct RuleOverrideDecoder {
  let collector: SchemaCollector

  func decode(_ node: YAMLNode) -> [RuleOverride] {
    guard let reader = FieldReader(node, collector: collector, subject: .none, what: "“rules”") else { return [] }
    var overrides: [RuleOverride] = []
    for pair in reader.pairs {
      guard let id = pair.key.scalarText else { continue }
      guard let descriptor = RuleRegistry.descriptor(for: id) else {
        reader.report(RuleRegistry.unknownRuleMessage(id), at: pair.key)
        continue
      }
      if id == LoadFailure.descriptor.id {
        reader.report("规则“load”不能配置或关闭", at: pair.key)
        continue
      }
      if let override = decode(pair.value, descriptor: descriptor, reader: reader) { overrides.append(override) }
    }
    return overrides
  }

  /// `off` → `.some(nil)`, a severity → `.some(severity)`, anything else → nil.
  private static func severity(_ text: String) -> Severity?? {
    text == "off" ? .some(nil) : Severity(rawValue: text).map { .some($0) }
  }

  private func decode(_ value: YAMLNode, descriptor: RuleDescriptor, reader: FieldReader) -> RuleOverride? {
    let location = collector.location(of: value)
    if let text = value.scalarText, !value.isNull {
      if let severity = Self.severity(text) {
        return RuleOverride(rule: descriptor.id, severity: severity, location: location)
      }
      reader.report("规则“\(descriptor.id)”的设置“\(text)”无法识别，应为 off、error、warning、info 或参数映射", at: value)
      return nil
    }
    guard let fields = FieldReader(value, collector: collector, subject: .none, what: "规则“\(descriptor.id)”的设置")
    else { return nil }
    let names = descriptor.parameters.map(\.name)
    fields.rejectUnknown(allowed: FieldNames(names + ["severity", "citation"]))
    var override = RuleOverride(rule: descriptor.id, location: location)
    if let text = fields.text("severity") {
      if let severity = Self.severity(text) {
        override.severity = severity
      } else {
        fields.report(
          "规则“\(descriptor.id)”的 severity“\(text)”无法识别，应为 off、error、warning 或 info", at: fields.locationNode("severity")
        )
      }
    }
    override.citation = fields.text("citation")
    for spec in descriptor.parameters {
      switch spec.kind {
      case .integer:
        if let number = fields.int(spec.name) { override.parameters[spec.name] = .number(Double(number)) }
      case .number:
        if let number = fields.number(spec.name, range: 0...1_000_000) {
          override.parameters[spec.name] = .number(number)
        }
      case .list:
        guard let list = fields.textList(spec.name) else { continue }
        if let vocabulary = spec.vocabulary, let wrong = list.first(where: { !vocabulary.contains($0) }) {
          fields.report(
            "规则“\(descriptor.id)”的参数 \(spec.name) 中的“\(wrong)”不在规定范围内，应为：\(vocabulary.joined(separator: "、"))",
            at: fields.locationNode(spec.name))
          continue
        }
        override.parameters[spec.name] = .list(list)
      }
    }
    if case .number(let low)? = override.parameters["min"], case .number(let high)? = override.parameters["max"],
      low > high
    {
      fields.report(
        "规则“\(descriptor.id)”的 min（\(Formats.plain(low))）大于 max（\(Formats.plain(high))）", at: fields.locationNode("min")
      )
      override.parameters["min"] = nil
      override.parameters["max"] = nil
    }
    return override
  }
}
