/// An HTML tree whose text and attribute values are escaped when rendered. Pages are built from nodes, never by
/// joining strings, so text from a catalog can never become markup.
public indirect enum HTMLNode: Sendable, Hashable {
  case element(String, attributes: [HTMLAttribute], children: [HTMLNode])
  case text(String)
  /// Several nodes without a wrapping element.
  case fragment([HTMLNode])

  /// Elements HTML defines as having no content and no end tag.
  static let voidElements: Set<String> = ["meta", "link", "br", "hr", "img", "input"]
  /// Block elements start on a new line, so that pages read (and diff) line by line. White space between these
  /// elements does not show.
  static let blockElements: Set<String> = [
    "head", "meta", "title", "link", "body", "header", "main", "footer", "section", "div", "nav", "aside", "form",
    "h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "script",
  ]

  public func render(into out: inout String) {
    switch self {
    case .text(let text):
      HTMLEscape.text(text, into: &out)
    case .fragment(let nodes):
      for node in nodes { node.render(into: &out) }
    case .element(let name, let attributes, let children):
      if Self.blockElements.contains(name) { out += "\n" }
      out += "<" + name
      for attribute in attributes {
        out += " " + attribute.name + "=\""
        HTMLEscape.attribute(attribute.value, into: &out)
        out += "\""
      }
      out += ">"
      if Self.voidElements.contains(name) { return }
      for child in children { child.render(into: &out) }
      out += "</" + name + ">"
    }
  }

  public var rendered: String {
    var out = ""
    out.reserveCapacity(16 * 1024)
    render(into: &out)
    return out
  }

  /// A whole document with its doctype.
  public static func document(_ html: HTMLNode) -> String {
    "<!DOCTYPE html>\n" + html.rendered + "\n"
  }
}

/// A name and value; the value is escaped on output. Names are fixed by the code, never taken from a catalog.
public struct HTMLAttribute: Sendable, Hashable {
  public var name: String
  public var value: String

  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

enum HTMLEscape {
  static func text(_ text: String, into out: inout String) { escape(text, quotes: false, into: &out) }

  static func attribute(_ text: String, into out: inout String) { escape(text, quotes: true, into: &out) }

  /// `&`, `<` and `>` always; quotes too inside attribute values. Most text has nothing to escape and is
  /// appended whole.
  private static func escape(_ text: String, quotes: Bool, into out: inout String) {
    let needsEscape = text.utf8.contains { byte in
      byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        || (quotes && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")))
    }
    guard needsEscape else {
      out += text
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where quotes: out += "&quot;"
      case "'" where quotes: out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
  }
}
