/// Turns a citation such as `000 二(一)1` into the words a clerk recognises, for the end of a message.
public enum Citation {
  /// The source documents in `shared/seeds`, by file number.
  static let documents: [String: String] = [
    "000": "德府办发〔2018〕61号",
    "001": "北京市《关于加强乡镇政府服务能力建设的实施意见》",
    "002": "昌州民字〔2017〕74号",
    "003": "江津市建设镇(街)服务型政府试点情况汇报",
    "004": "大王镇权力下放工作材料",
  ]

  /// `（依据：000 二(一)1 德府办发〔2018〕61号）`: the citation as written, then the document it names, if known.
  public static func suffix(_ citation: String) -> String {
    "（依据：\(readable(citation))）"
  }

  public static func readable(_ citation: String) -> String {
    if citation == "FORMAT.md" { return "FORMAT.md 清单格式规范" }
    guard let first = citation.split(separator: " ", maxSplits: 1).first, let document = documents[String(first)] else {
      return citation
    }
    return "\(citation) \(document)"
  }
}
