import QingdanCore

/// Writes HTML straight into bytes. Markup comes only from the writer's methods, with element and attribute names
/// fixed by the code; every text and attribute value passes through the escaper, so text from a catalog can never
/// become markup. Pages are written front to back, without building a tree first: a province's guide has over a
/// hundred thousand pages, and building and freeing a tree of nodes per page cost more than the writing itself.
struct HTMLWriter: ~Copyable {
  private var bytes: ByteBuffer

  init(capacity: Int = 256) {
    bytes = ByteBuffer(capacity: capacity)
  }

  /// What has been written.
  var written: [UInt8] { bytes.array }

  /// `<!DOCTYPE html>` and the line after it.
  mutating func startDocument() { bytes.append("<!DOCTYPE html>\n") }

  /// The line end after `</html>`.
  mutating func endDocument() { bytes.append(UInt8(ascii: "\n")) }

  /// A start tag. Block elements start on a new line, so that pages read (and diff) line by line; white space
  /// between these elements does not show. `id` comes before `class`.
  mutating func open(_ tag: Tag, id: String? = nil, class className: String? = nil) {
    guard id != nil || className != nil else { return bytes.append(tag.bare) }
    bytes.append(tag.start)
    if let id { attribute("id", id) }
    if let className { attribute("class", className) }
    bytes.append(UInt8(ascii: ">"))
  }

  /// A start tag with attributes in the order given.
  mutating func open(_ tag: Tag, _ attributes: [(StaticString, String)]) {
    bytes.append(tag.start)
    for (name, value) in attributes { attribute(name, value) }
    bytes.append(UInt8(ascii: ">"))
  }

  /// An end tag; void elements have none.
  mutating func close(_ tag: Tag) {
    guard !tag.isVoid else { return }
    bytes.append(tag.end)
  }

  /// An element around what `content` writes.
  mutating func element(
    _ tag: Tag, id: String? = nil, class className: String? = nil, _ content: (inout HTMLWriter) -> Void
  ) {
    open(tag, id: id, class: className)
    content(&self)
    close(tag)
  }

  /// An element with only text in it.
  mutating func element(_ tag: Tag, id: String? = nil, class className: String? = nil, text: String) {
    open(tag, id: id, class: className)
    self.text(text)
    close(tag)
  }

  /// `<a href="…" class="…">text</a>`.
  mutating func link(_ text: String, href: String, class className: String? = nil) {
    bytes.append(Tag.a.start)
    attribute("href", href)
    if let className { attribute("class", className) }
    bytes.append(UInt8(ascii: ">"))
    self.text(text)
    close(.a)
  }

  /// Escaped text.
  mutating func text(_ text: String) { HTMLEscape.append(text, quotes: false, to: &bytes) }

  /// A piece written earlier by a writer, such as a page frame shared by many pages.
  mutating func append(_ fragment: HTMLFragment) { bytes.append(fragment.bytes) }

  /// What has been written so far, as a fragment; the writer starts over empty.
  mutating func takeFragment() -> HTMLFragment {
    defer { bytes.removeAll() }
    return HTMLFragment(bytes: bytes.array)
  }

  /// ` name="value"`; `name` is a literal such as `"class"`.
  private mutating func attribute(_ name: StaticString, _ value: String) {
    bytes.append(UInt8(ascii: " "))
    bytes.append(name)
    bytes.append("=\"")
    HTMLEscape.append(value, quotes: true, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }
}

/// HTML that an `HTMLWriter` wrote, kept to be written again.
struct HTMLFragment: Sendable {
  fileprivate(set) var bytes: [UInt8]
}

enum HTMLEscape {
  /// Appends `text` with `&`, `<` and `>` escaped, and quotes too when `quotes` (inside attribute values). Runs
  /// of bytes that need nothing are copied whole.
  static func append(_ text: String, quotes: Bool, to out: inout ByteBuffer) {
    var text = text
    text.withUTF8 { source in
      var start = 0
      for index in source.indices {
        let byte = source[index]
        // Every byte to escape is at most `>`; most text is Chinese, whose bytes are all above it.
        guard byte <= UInt8(ascii: ">") else { continue }
        let replacement: StaticString
        switch byte {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\"") where quotes: replacement = "&quot;"
        case UInt8(ascii: "'") where quotes: replacement = "&#39;"
        default: continue
        }
        out.append(UnsafeBufferPointer(rebasing: source[start..<index]))
        out.append(replacement)
        start = index + 1
      }
      out.append(UnsafeBufferPointer(rebasing: source[start...]))
    }
  }
}
