import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Catalog text holding control, bidi and invisible characters reaches no terminal and no CI log raw.
@Suite struct HostileTextReportTests {
  /// An item name that tries to colour the terminal, end a GitHub command and start `::add-mask::`, reverse the
  /// text and hide a character; YAML's `\e`, `\r\n`, `\x85` (NEL, a C1 control) and `\u` escapes put them there.
  static let hostileName = #""优抚\e[31m对象\r\n::add-mask::secret\x85\u202E发放\u2066\u200B""#
  static let rawCharacters: [Unicode.Scalar] = ["\u{1B}", "\r", "\u{85}", "\u{202E}", "\u{2066}", "\u{200B}"]

  private func hostileCatalog() throws -> TemporaryCatalog {
    let catalog = try TemporaryCatalog(copying: Fixtures.violations)
    try catalog.edit("services/shehui-jiuzhu.yaml") {
      $0.replacingOccurrences(of: "name: 优抚对象定期抚恤金发放", with: "name: \(Self.hostileName)")
    }
    return catalog
  }

  private func expectNoRawCharacters(_ text: String, _ format: String) {
    for scalar in Self.rawCharacters {
      #expect(!text.unicodeScalars.contains(scalar), "\(format) prints U+\(String(scalar.value, radix: 16)) raw")
    }
  }

  @Test(arguments: ["human", "github", "junit", "sarif", "json"])
  func checkPrintsNoControlCharacters(format: String) throws {
    let catalog = try hostileCatalog()
    for color in ["never", "auto"] {
      let output = try CommandRunner.run(["check", catalog.path, "--format", format, "--color", color])
      #expect(output.status == 1)
      #expect(output.stdout.contains("发放"), "the item is reported")
      expectNoRawCharacters(output.stdout, "\(format) --color \(color)")
    }
  }

  @Test func humanOutputShowsControlsVisibly() throws {
    let catalog = try hostileCatalog()
    let output = try CommandRunner.run(["check", catalog.path, "--color", "never"])
    #expect(output.stdout.contains(#"优抚\u{1B}[31m对象\u{D}\u{A}::add-mask::secret\u{85}\u{202E}发放\u{2066}\u{200B}"#))
  }

  @Test func githubCommandsCannotBeForged() throws {
    let catalog = try hostileCatalog()
    let output = try CommandRunner.run(["check", catalog.path, "--format", "github"])
    let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    for line in lines {
      #expect(
        line.range(
          of: #"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,title=[^,:]+::"#, options: .regularExpression)
          != nil, "\(line)")
    }
    #expect(output.stdout.contains(#"对象%0D%0A::add-mask::secret\u{85}\u{202E}发放"#))
  }

  @Test func diffPrintsNoControlCharacters() throws {
    let catalog = try hostileCatalog()
    for format in ["human", "markdown", "github", "junit", "sarif"] {
      let output = try CommandRunner.run(["diff", Fixtures.violations, catalog.path, "--format", format])
      if ["human", "markdown"].contains(format) {
        #expect(output.stdout.contains("发放"), "\(format): the renamed item is reported")
      }
      expectNoRawCharacters(output.stdout, "diff \(format)")
    }
  }

  @Test func junitKeepsLineBreaksInMessages() throws {
    let catalog = try hostileCatalog()
    let output = try CommandRunner.run(["check", catalog.path, "--format", "junit"])
    let document = try JUnitDocument(output.stdout)
    #expect(document.texts.contains { $0.contains("对象\r\n::add-mask::secret") })
    // Characters XML cannot hold are written out; bidi and invisible ones are character references.
    #expect(document.texts.contains { $0.contains("secret\u{85}\u{202E}发放\u{2066}\u{200B}") })
    #expect(document.texts.contains { $0.contains(#"优抚\u{1B}[31m对象"#) })
  }
}

/// A parsed JUnit document: its test cases' attributes and elements, and every text it holds.
final class JUnitDocument: NSObject, XMLParserDelegate {
  struct TestCase {
    var attributes: [String: String]
    var elements: [String: [String: String]] = [:]
    var text: [String: String] = [:]
  }

  var root: [String: String] = [:]
  var cases: [TestCase] = []
  var texts: [String] = []
  private var element: String?
  private var buffer = ""

  init(_ xml: String) throws {
    super.init()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = self
    guard parser.parse() else { throw CocoaError(.coderReadCorrupt) }
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch elementName {
    case "testsuites": root = attributes
    case "testcase": cases.append(TestCase(attributes: attributes))
    case "failure", "error", "skipped", "system-out":
      cases[cases.count - 1].elements[elementName] = attributes
      texts += attributes.values
      element = elementName
      buffer = ""
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if element != nil { buffer += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
  ) {
    guard elementName == element else { return }
    cases[cases.count - 1].text[elementName] = buffer
    texts.append(buffer)
    element = nil
  }
}
