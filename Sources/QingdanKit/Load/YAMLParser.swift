import CYAML

/// A problem that stops a file from being read as YAML, at the place libyaml or the composer found it.
struct YAMLLoadError: Error, Equatable {
  var message: String
  var line: Int
  var column: Int
}

/// Composes libyaml's event stream into a small `YAMLNode` tree.
///
/// libyaml's event loop is used directly (not a document API) so that composing stays a single pass, with
/// explicit stacks, bounded nesting and a bound on how much aliases may expand (billion-laughs documents).
struct YAMLParser {
  struct Limits {
    /// Deepest nesting of mappings and sequences a catalog may use.
    var maxDepth = 128
    /// Most nodes that aliases may add by expansion, over a whole file.
    var maxAliasExpansion = 1_000_000
  }

  var limits = Limits()

  /// Parses one document; `nil` for a stream with no document (an empty or comment-only file).
  func parse(_ bytes: [UInt8]) -> Result<YAMLNode?, YAMLLoadError> {
    bytes.withUnsafeBufferPointer { buffer in
      var composer = Composer(limits: limits)
      return composer.run(buffer)
    }
  }
}

private struct Frame {
  var isMapping: Bool
  var line: Int
  var column: Int
  var anchor: String?
  var items: [YAMLNode] = []
  var pairs: [YAMLPair] = []
  var pendingKey: YAMLNode?
  var weight = 1
}

private struct Composer {
  let limits: YAMLParser.Limits
  var stack: [Frame] = []
  var anchors: [String: (node: YAMLNode, weight: Int)] = [:]
  var aliasExpansion = 0
  var root: YAMLNode?
  var documents = 0

  init(limits: YAMLParser.Limits) {
    self.limits = limits
  }

  mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, YAMLLoadError> {
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
    return .success(root)
  }

  private mutating func handle(_ event: yaml_event_t) -> YAMLLoadError? {
    let line = Int(event.start_mark.line) + 1
    let column = Int(event.start_mark.column) + 1
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents > 1 {
        return YAMLLoadError(message: "一个文件只能包含一个 YAML 文档，这里出现了第二个文档（“---”）", line: line, column: column)
      }
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
      var plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
      if let tag = scalar.tag, String(cString: tag) == "tag:yaml.org,2002:str" { plain = false }
      let node = YAMLNode(kind: .scalar(text, plain: plain), line: line, column: column)
      return add(node, weight: 1, anchor: Self.string(scalar.anchor))
    case YAML_ALIAS_EVENT:
      let name = Self.string(event.data.alias.anchor) ?? ""
      guard let target = anchors[name] else {
        return YAMLLoadError(message: "别名“*\(name)”引用了未定义的锚点“&\(name)”", line: line, column: column)
      }
      aliasExpansion += target.weight
      if aliasExpansion > limits.maxAliasExpansion {
        return YAMLLoadError(
          message: "别名展开过多（超过 \(limits.maxAliasExpansion) 个节点），疑似“别名炸弹”，已停止读取", line: line, column: column)
      }
      return add(target.node, weight: target.weight, anchor: nil)
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      if stack.count >= limits.maxDepth {
        return YAMLLoadError(message: "嵌套层级超过 \(limits.maxDepth) 层，清单文件不应嵌套这么深", line: line, column: column)
      }
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      let anchor =
        isMapping ? Self.string(event.data.mapping_start.anchor) : Self.string(event.data.sequence_start.anchor)
      stack.append(Frame(isMapping: isMapping, line: line, column: column, anchor: anchor))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      let frame = stack.removeLast()
      let kind: YAMLNode.Kind = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
      return add(
        YAMLNode(kind: kind, line: frame.line, column: frame.column), weight: frame.weight, anchor: frame.anchor)
    default:
      break
    }
    return nil
  }

  private mutating func add(_ node: YAMLNode, weight: Int, anchor: String?) -> YAMLLoadError? {
    if let anchor { anchors[anchor] = (node, weight) }
    guard !stack.isEmpty else {
      root = node
      return nil
    }
    let top = stack.count - 1
    stack[top].weight += weight
    if stack[top].isMapping {
      if let key = stack[top].pendingKey {
        stack[top].pairs.append(YAMLPair(key: key, value: node))
        stack[top].pendingKey = nil
      } else {
        stack[top].pendingKey = node
      }
    } else {
      stack[top].items.append(node)
    }
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
    var message = "YAML 语法错误：" + YAMLProblem.chinese(problem)
    if let context = parser.context.map({ String(cString: $0) }) {
      message += "（" + YAMLProblem.chinese(context) + "，始于第 \(Int(parser.context_mark.line) + 1) 行）"
    }
    if TextPosition.line(line, in: buffer).contains(UInt8(ascii: "\t")) {
      message += "。YAML 不允许用 Tab 缩进，请改用空格"
    }
    return YAMLLoadError(message: message, line: line, column: column)
  }
}
