import QingdanCore

/// The elements the publications use. Names are fixed here, never taken from a catalog.
enum Tag: Sendable {
  case html, head, meta, title, link, body, header, main, footer, section, div, nav, aside, form, label, input
  case button, h1, h2, h3, h4, p, ul, ol, li, dl, dt, dd, table, thead, tbody, tr, th, td, script, a, span, strong

  /// `h1` to `h4`.
  static func heading(_ level: Int) -> Tag {
    switch level {
    case 1: return .h1
    case 2: return .h2
    case 3: return .h3
    default: return .h4
    }
  }

  /// Elements HTML defines as having no content and no end tag.
  var isVoid: Bool {
    switch self {
    case .meta, .link, .input: return true
    default: return false
    }
  }

  /// The start tag up to its attributes. Block elements start on a new line, so that pages read (and diff) line
  /// by line; white space between these elements does not show.
  var start: StaticString {
    switch self {
    case .html: return "<html"
    case .head: return "\n<head"
    case .meta: return "\n<meta"
    case .title: return "\n<title"
    case .link: return "\n<link"
    case .body: return "\n<body"
    case .header: return "\n<header"
    case .main: return "\n<main"
    case .footer: return "\n<footer"
    case .section: return "\n<section"
    case .div: return "\n<div"
    case .nav: return "\n<nav"
    case .aside: return "\n<aside"
    case .form: return "\n<form"
    case .label: return "<label"
    case .input: return "<input"
    case .button: return "<button"
    case .h1: return "\n<h1"
    case .h2: return "\n<h2"
    case .h3: return "\n<h3"
    case .h4: return "\n<h4"
    case .p: return "\n<p"
    case .ul: return "\n<ul"
    case .ol: return "\n<ol"
    case .li: return "\n<li"
    case .dl: return "\n<dl"
    case .dt: return "\n<dt"
    case .dd: return "\n<dd"
    case .table: return "\n<table"
    case .thead: return "\n<thead"
    case .tbody: return "\n<tbody"
    case .tr: return "\n<tr"
    case .th: return "<th"
    case .td: return "<td"
    case .script: return "\n<script"
    case .a: return "<a"
    case .span: return "<span"
    case .strong: return "<strong"
    }
  }

  /// The start tag without attributes.
  var bare: StaticString {
    switch self {
    case .html: return "<html>"
    case .head: return "\n<head>"
    case .meta: return "\n<meta>"
    case .title: return "\n<title>"
    case .link: return "\n<link>"
    case .body: return "\n<body>"
    case .header: return "\n<header>"
    case .main: return "\n<main>"
    case .footer: return "\n<footer>"
    case .section: return "\n<section>"
    case .div: return "\n<div>"
    case .nav: return "\n<nav>"
    case .aside: return "\n<aside>"
    case .form: return "\n<form>"
    case .label: return "<label>"
    case .input: return "<input>"
    case .button: return "<button>"
    case .h1: return "\n<h1>"
    case .h2: return "\n<h2>"
    case .h3: return "\n<h3>"
    case .h4: return "\n<h4>"
    case .p: return "\n<p>"
    case .ul: return "\n<ul>"
    case .ol: return "\n<ol>"
    case .li: return "\n<li>"
    case .dl: return "\n<dl>"
    case .dt: return "\n<dt>"
    case .dd: return "\n<dd>"
    case .table: return "\n<table>"
    case .thead: return "\n<thead>"
    case .tbody: return "\n<tbody>"
    case .tr: return "\n<tr>"
    case .th: return "<th>"
    case .td: return "<td>"
    case .script: return "\n<script>"
    case .a: return "<a>"
    case .span: return "<span>"
    case .strong: return "<strong>"
    }
  }

  /// The end tag.
  var end: StaticString {
    switch self {
    case .html: return "</html>"
    case .head: return "</head>"
    case .meta: return "</meta>"
    case .title: return "</title>"
    case .link: return "</link>"
    case .body: return "</body>"
    case .header: return "</header>"
    case .main: return "</main>"
    case .footer: return "</footer>"
    case .section: return "</section>"
    case .div: return "</div>"
    case .nav: return "</nav>"
    case .aside: return "</aside>"
    case .form: return "</form>"
    case .label: return "</label>"
    case .input: return "</input>"
    case .button: return "</button>"
    case .h1: return "</h1>"
    case .h2: return "</h2>"
    case .h3: return "</h3>"
    case .h4: return "</h4>"
    case .p: return "</p>"
    case .ul: return "</ul>"
    case .ol: return "</ol>"
    case .li: return "</li>"
    case .dl: return "</dl>"
    case .dt: return "</dt>"
    case .dd: return "</dd>"
    case .table: return "</table>"
    case .thead: return "</thead>"
    case .tbody: return "</tbody>"
    case .tr: return "</tr>"
    case .th: return "</th>"
    case .td: return "</td>"
    case .script: return "</script>"
    case .a: return "</a>"
    case .span: return "</span>"
    case .strong: return "</strong>"
    }
  }
}
