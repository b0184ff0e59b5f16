import CYAML

/// A problem that stops a file from being read as YAML, at the place libyaml or the composer found it.
package struct YAMLLoadError: Error, Equatable {
  package var message: String
  package var line: Int
  package var column: Int
  /// Whether the error is placed at the quote of a quoted scalar that never closes.
  package var atQuote = false

  package init(message: String, line: Int, column: Int, atQuote: Bool = false) {
    self.message = message
    self.line = line
    self.column = column
    self.atQuote = atQuote
  }
}

/// Composes libyaml's event stream into a flat `YAMLTree`.
///
/// libyaml's event loop is used directly (not a document API) so that composing stays a single pass, with
/// explicit stacks, bounded nesting and a bound on how much aliases may expand (billion-laughs documents).
package struct YAMLParser {
  package struct Limits {
    /// Deepest nesting of mappings and sequences a catalog may use.
    package var maxDepth = 128
    /// Most nodes that aliases may add by expansion, over a whole file.
    package var maxAliasExpansion = 1_000_000
    /// Longest scalar, in bytes (about 21,000 Chinese characters): a whole law article fits, while a
    /// runaway value, which every message about its item would quote, is refused.
    static let maxScalarBytes = 65_536
  }

  package var limits = Limits()
  /// Whether to try `FastBlockParser` before libyaml.
  package var fastPath = true

  package init() {}

  /// Parses one document; `nil` for a stream with no document (an empty or comment-only file).
  package func parse(_ bytes: [UInt8]) -> Result<YAMLDocument?, YAMLLoadError> {
    bytes.withUnsafeBufferPointer { buffer in
      if fastPath, case .parsed(let document) = FastBlockParser.parse(buffer) { return .success(document) }
      var composer = Composer(limits: limits, expectedBytes: buffer.count)
      return composer.run(buffer)
    }
  }
}

/// A parsed document: its tree and its root node. Keep it alive while the root's nodes are used.
package struct YAMLDocument {
  let tree: YAMLTree
  let rootIndex: Int32

  package var root: YAMLNode { tree.node(rootIndex) }
}

private struct Frame {
  var collection: YAMLTreeBuilder.OpenCollection
  var anchor: String?
  var weight = 1
}

private struct Composer {
  let limits: YAMLParser.Limits
  var builder: YAMLTreeBuilder
  var stack: [Frame] = []
  var anchors: [String: (index: Int32, weight: Int)] = [:]
  var aliasExpansion = 0
  var root: Int32?
  var documents = 0

  init(limits: YAMLParser.Limits, expectedBytes: Int) {
    self.limits = limits
    builder = YAMLTreeBuilder(expectedBytes: expectedBytes)
  }

  mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<YAMLDocument?, YAMLLoadError> {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      return .failure(YAMLLoadError(message: "无法初始化 YAML 解析器（内存不足）", line: 1, column: 1))
    }
    defer { yaml_parser_delete(&parser) }
    // An empty buffer may have a nil base address; libyaml needs a valid pointer.
    var empty: UInt8 = 0
    let base = buffer.baseAddress ?? withUnsafePointer(to: &empty) { $0 }
    yaml_parser_set_input_string(&parser, base, buffer.count)

    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else {
        return .failure(Self.parserError(parser, buffer))
      }
      defer { yaml_event_delete(&event) }
      if event.type == YAML_STREAM_END_EVENT { break }
      if let error = handle(event) { return .failure(error) }
    }
    guard let root else { return .success(nil) }
    return .success(builder.finish(root: root))
  }

  private mutating func handle(_ event: yaml_event_t) -> YAMLLoadError? {
    let line = Int32(clamping: event.start_mark.line + 1)
    let column = Int32(clamping: event.start_mark.column + 1)
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents > 1 {
        return YAMLLoadError(
          message: "一个文件只能包含一个 YAML 文档，这里出现了第二个文档（“---”）", line: Int(line), column: Int(column))
      }
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      if scalar.length > YAMLParser.Limits.maxScalarBytes {
        return YAMLLoadError(
          message:
            "这一项文字过长（\(scalar.length) 字节，上限 \(YAMLParser.Limits.maxScalarBytes) 字节，约 2 万个汉字），不像清单内容；请检查是否误粘贴了整篇文件",
          line: Int(line), column: Int(column))
      }
      var plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
      if let tag = scalar.tag, String(cString: tag) == "tag:yaml.org,2002:str" { plain = false }
      let index = builder.scalar(
        UnsafeBufferPointer(start: scalar.value, count: scalar.length), plain: plain, line: line, column: column)
      return add(index, weight: 1, anchor: Self.string(scalar.anchor))
    case YAML_ALIAS_EVENT:
      let name = Self.string(event.data.alias.anchor) ?? ""
      guard let target = anchors[name] else {
        return YAMLLoadError(message: "别名“*\(name)”引用了未定义的锚点“&\(name)”", line: Int(line), column: Int(column))
      }
      aliasExpansion += target.weight
      if aliasExpansion > limits.maxAliasExpansion {
        return YAMLLoadError(
          message: "别名展开过多（超过 \(limits.maxAliasExpansion) 个节点），疑似“别名炸弹”，已停止读取", line: Int(line),
          column: Int(column))
      }
      return add(target.index, weight: target.weight, anchor: nil)
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      if stack.count >= limits.maxDepth {
        return YAMLLoadError(
          message: "嵌套层级超过 \(limits.maxDepth) 层，清单文件不应嵌套这么深", line: Int(line), column: Int(column))
      }
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      let anchor =
        isMapping ? Self.string(event.data.mapping_start.anchor) : Self.string(event.data.sequence_start.anchor)
      stack.append(Frame(collection: builder.open(mapping: isMapping, line: line, column: column), anchor: anchor))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      let frame = stack.removeLast()
      builder.close(frame.collection)
      return add(frame.collection.record, weight: frame.weight, anchor: frame.anchor)
    default:
      break
    }
    return nil
  }

  /// Adds a finished node to the innermost open collection, or makes it the root.
  private mutating func add(_ index: Int32, weight: Int, anchor: String?) -> YAMLLoadError? {
    if let anchor { anchors[anchor] = (index, weight) }
    guard !stack.isEmpty else {
      root = index
      return nil
    }
    stack[stack.count - 1].weight += weight
    builder.add(index)
    return nil
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  private static func parserError(_ parser: yaml_parser_t, _ buffer: UnsafeBufferPointer<UInt8>) -> YAMLLoadError {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
    let mark = parser.problem_mark
    var line = Int(mark.line) + 1
    var column = Int(mark.column) + 1
    if parser.error == YAML_READER_ERROR {
      // The reader reports a byte offset rather than a line.
      let position = TextPosition.of(byteOffset: Int(parser.problem_offset), in: buffer)
      line = position.line
      column = position.column
    }
    let context = parser.context.map { String(cString: $0) }
    if context == "while scanning a quoted scalar" {
      // An unclosed quote runs to the end of the file; the quote itself is what to fix.
      let quote = Int(parser.context_mark.index) < buffer.count ? buffer[Int(parser.context_mark.index)] : 0x22
      let mark = quote == UInt8(ascii: "'") ? "'" : "\""
      return YAMLLoadError(
        message: "YAML 语法错误：这里的引号“\(mark)”一直没有闭合（\(YAMLProblem.chinese(problem))）；请在这段文字末尾补上“\(mark)”，或者去掉这个引号",
        line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1, atQuote: true)
    }
    var message = "YAML 语法错误：" + YAMLProblem.chinese(problem)
    if let context {
      message += "（" + YAMLProblem.chinese(context) + "，始于第 \(Int(parser.context_mark.line) + 1) 行）"
    }
    if TextPosition.line(line, in: buffer).contains(UInt8(ascii: "\t")) {
      message += "。YAML 不允许用 Tab 缩进，请改用空格"
    }
    return YAMLLoadError(message: message, line: line, column: column)
  }
}
