import QingdanCore

/// The larger pieces pages are made of.
extension HTMLWriter {
  /// A table with a header row; `body` writes the rows (`row`).
  mutating func table(head: [String], class className: String? = nil, _ body: (inout HTMLWriter) -> Void) {
    element(.table, class: className) { html in
      html.element(.thead) { html in
        html.element(.tr) { html in
          for label in head {
            html.open(.th, [("scope", "col")])
            html.text(label)
            html.close(.th)
          }
        }
      }
      html.element(.tbody, body)
    }
  }

  /// A table row of text cells.
  mutating func row(_ cells: [String]) {
    element(.tr) { html in
      for cell in cells { html.element(.td, text: cell) }
    }
  }

  /// A definition list of label and value rows; rows without a value are left out.
  mutating func facts(_ rows: [(String, String?)], class className: String = "facts") {
    element(.dl, class: className) { html in
      for case (let label, let value?) in rows {
        html.element(.dt, text: label)
        html.element(.dd, text: value)
      }
    }
  }

  /// A list of text items.
  mutating func list(_ items: [String]) {
    element(.ul) { html in
      for item in items { html.element(.li, text: item) }
    }
  }
}
