import QingdanYAML

extension CatalogDecoder {
  /// Decodes an item of any declared list: opens it, reads code and name (so that messages name the item), rejects
  /// fields the list does not declare, then reads every declared field. Nil when the item has no usable code.
  func decodeItem<Item: DeclaredItem>(_ node: YAMLNode, as _: Item.Type) -> Item? where Item.Fields: CommonFields {
    let declaration = Item.declaration
    let section = Item.sectionName
    guard let reader = FieldReader(node, collector: collector, subject: Subject(label: section), what: section) else {
      return nil
    }
    reader.declared = declaration.allowed
    // Name the item by its name in messages about its code, before the code is known; `name: ~` is no name.
    let written = reader.valueNodeIfPresent("name").flatMap { $0.isNull ? nil : $0.scalarText?.trimmingWhitespace }
    let shownName = written?.isEmpty == false ? written : nil
    if let shownName { reader.subject = .item(section, name: shownName, code: nil) }
    let code = reader.itemCode("code", required: true)
    // Messages about the name name the item by its code, wherever `code` is written.
    if let code { reader.subject = .item(section, name: shownName, code: code) }
    let name = reader.text("name", required: true)
    if let code {
      reader.subject = .item(section, name: name, code: code)
    }
    reader.rejectUnknown(allowed: declaration.allowed)
    guard let code else { return nil }
    var fields = Item.Fields()
    fields.code = code
    fields.name = name ?? ""
    declaration.read(reader, into: &fields)
    fields.locations = reader.fieldLocations
    return Item(fields)
  }
}

extension FieldReader {
  /// An item's code, or a reference to one: text in the codes' format, or a whole number written plainly.
  func itemCode(_ key: String, required: Bool = false) -> String? {
    formatted(
      key, required: required, expected: "由字母、数字和“-”“_”“.”组成、以字母或数字开头的编码（至多 64 个字符，如 DJ-QL-0001）",
      integers: 0...999_999_999_999, Formats.isItemCode)
  }

  /// `townships`: `all` (also when absent) or a list of township ids, whose locations are `townships.0`, ….
  func townships() -> TownshipScope {
    guard let node = value("townships") else { return .all }
    if let text = node.scalarText, text == "all" { return .all }
    guard case .sequence(let entries) = node.kind else {
      guard let text = node.scalarText, !Self.readsAsNonText(node) else {
        report("字段“townships”应为 all 或乡镇 id 的列表，实际是“\(node.scalarText ?? node.kindName)”", at: node)
        return .all
      }
      let names = TownshipNames.split(text)
      if let separator = TownshipNames.separator(in: text) {
        report(
          "字段“townships”把几个乡镇用“\(separator)”连成了一段文字；应写成 YAML 列表，如 townships: [jiancha, chaodi]（方括号，半角逗号分隔，填乡镇 id）",
          at: node)
      } else {
        report("字段“townships”应为 all 或乡镇 id 的列表，实际是“\(text)”；只有一个乡镇也要写成列表，如 townships: [jiancha]", at: node)
      }
      collector.mentionTownships(names, wholeValue: true)
      return .all
    }
    if entries.isEmpty {
      report("字段“townships”是空列表，事项没有承担的乡镇；全部乡镇都承担时写 townships: all，否则列出乡镇 id", at: node)
      return .list([])
    }
    var ids: [String] = []
    for entry in entries {
      guard let id = entry.scalarText, Formats.isSlug(id), !Self.readsAsNonText(entry) else {
        if let text = entry.scalarText, !Self.readsAsNonText(entry), let separator = TownshipNames.separator(in: text) {
          report("字段“townships”的列表项“\(text)”用“\(separator)”连着几个乡镇；每个乡镇单独一项，用半角逗号分隔，如 [jiancha, chaodi]", at: entry)
          collector.mentionTownships(TownshipNames.split(text), wholeValue: false)
        } else {
          report("字段“townships”的列表项应为乡镇 id（小写字母，如 jiancha），实际是“\(entry.scalarText ?? entry.kindName)”", at: entry)
          if let text = entry.scalarText, !Self.readsAsNonText(entry) {
            collector.mentionTownships([text], wholeValue: false)
          }
        }
        continue
      }
      record("townships.\(ids.count)", entry)
      ids.append(id)
    }
    return .list(ids)
  }

  /// A list of legal bases; an absent list is empty.
  func legalBases(_ key: String) -> [LegalBasis] {
    guard let entries = sequence(key) else { return [] }
    return entries.compactMap { legalBasis($0, key: key) }
  }

  /// A legal basis written as one text or as `{law, article}`.
  func legalBasis(_ node: YAMLNode, key: String) -> LegalBasis? {
    if let text = node.scalarText, !node.isNull {
      if text.trimmingWhitespace.isEmpty {
        report("字段“\(key)”中有空的法律依据", at: node)
        return nil
      }
      return LegalBasis(law: text.trimmingWhitespace, article: nil)
    }
    guard let nested = FieldReader(node, collector: collector, subject: subject, what: "法律依据") else {
      return nil
    }
    nested.rejectUnknown(allowed: ["law", "article"])
    guard let law = nested.text("law", required: true) else { return nil }
    return LegalBasis(law: law, article: nested.text("article"))
  }
}
