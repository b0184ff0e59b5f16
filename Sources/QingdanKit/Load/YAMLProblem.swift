/// Chinese wording for libyaml's English problem strings, so a clerk can read them.
enum YAMLProblem {
  private static let phrases: [(String, String)] = [
    ("did not find expected key", "没有找到预期的键（常见原因：缩进不一致，或在列表项中漏写了“-”）"),
    ("did not find expected node content", "没有找到预期的内容"),
    ("did not find expected '-' indicator", "没有找到预期的列表标记“-”（缩进不一致？）"),
    ("did not find expected ',' or ']'", "流式列表缺少“,”或“]”"),
    ("did not find expected ',' or '}'", "流式映射缺少“,”或“}”"),
    ("mapping values are not allowed in this context", "此处不能出现“键: 值”（值中含有冒号时请加引号）"),
    ("found character that cannot start any token", "出现了不能作为开头的字符"),
    ("found unexpected end of stream", "文件意外结束（引号或括号没有闭合？）"),
    ("found unknown escape character", "引号内有无法识别的转义字符（“\\”后的字符）"),
    ("found unexpected document indicator", "引号内出现了文档标记"),
    ("could not find expected ':'", "没有找到预期的冒号“:”"),
    ("found undefined tag handle", "使用了未定义的标签前缀"),
    ("found a tab character that violates indentation", "Tab 字符破坏了缩进"),
    ("found a tab character where an indentation space is expected", "应为空格缩进的地方出现了 Tab 字符"),
    ("block sequence entries are not allowed in this context", "此处不能开始列表项“-”（缩进不一致？）"),
    ("found duplicate %YAML directive", "重复的 %YAML 指令"),
    ("found incompatible YAML document", "不兼容的 YAML 版本"),
    ("control characters are not allowed", "文件中含有不允许的控制字符（例如 NUL 字节）"),
    ("invalid leading UTF-8 octet", "不是有效的 UTF-8 编码"),
    ("incomplete UTF-8 octet sequence", "UTF-8 编码不完整"),
    ("invalid trailing UTF-8 octet", "不是有效的 UTF-8 编码"),
    ("while parsing a block mapping", "解析块映射时"),
    ("while parsing a block collection", "解析块列表时"),
    ("while parsing a flow mapping", "解析流式映射时"),
    ("while parsing a flow sequence", "解析流式列表时"),
    ("while parsing a flow node", "解析流式节点时"),
    ("while parsing a block node", "解析块节点时"),
    ("while scanning a simple key", "读取键时"),
    ("while scanning a quoted scalar", "读取带引号的文本时"),
    ("while scanning a plain scalar", "读取文本时"),
    ("while scanning a block scalar", "读取多行文本时"),
    ("while scanning an anchor", "读取锚点时"),
    ("while scanning an alias", "读取别名时"),
    ("while scanning a tag", "读取标签时"),
    ("while scanning for the next token", "读取下一个记号时"),
    ("while parsing a node", "解析节点时"),
  ]
  private static let table = Dictionary(phrases, uniquingKeysWith: { first, _ in first })

  static func chinese(_ english: String) -> String {
    if let phrase = table[english] { return phrase }
    return "“\(english)”"
  }
}
