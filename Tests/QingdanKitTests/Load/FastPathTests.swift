import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// The fast path for block YAML must compose exactly what libyaml composes, or decline.
@Suite struct FastPathTests {
  /// Every YAML file in the example catalogs and the test fixtures.
  static let files: [URL] = [Fixtures.catalogs, "Tests"].flatMap { folder -> [URL] in
    let root = Fixtures.url(folder)
    let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    return (walker?.allObjects as? [URL] ?? []).filter { ["yaml", "yml"].contains($0.pathExtension) }
      .sorted { $0.path < $1.path }
  }

  @Test func agreesWithLibyamlOnEveryCatalogFile() throws {
    #expect(Self.files.count > 50)
    for file in Self.files {
      let bytes = try [UInt8](Data(contentsOf: file))
      let mismatch = YAMLDifferential.mismatch(in: bytes)
      #expect(mismatch == nil, "\(file.path)")
      // The example catalogs are what the fast path is for.
      let fast = YAMLDifferential.fastPathAccepts(bytes)
      if file.path.contains("/\(Fixtures.catalogs)/") { #expect(fast, "\(file.path)") }
    }
  }

  /// Thousands of small edits of real catalog files — characters inserted, deleted and replaced, lines
  /// re-indented — each parsed by both: the kind of damage hand-edited files get.
  @Test func agreesOnMutatedFiles() throws {
    var random = SplitMix64(seed: 20_261_122)
    let sources = try Self.files.filter { $0.path.contains("/\(Fixtures.catalogs)/") }.map {
      try [UInt8](Data(contentsOf: $0))
    }
    let alphabet = Array(" :-#[]{},'\"\\&*!|>?%@`~\n\t\rab中：".utf8)
    var accepted = 0
    for round in 0..<4000 {
      var bytes = sources[round % sources.count]
      for _ in 0...(random.next() % 3) {
        let position = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 4 {
        case 0: bytes.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: position)
        case 1: bytes.remove(at: position)
        case 2: bytes[position] = alphabet[Int(random.next() % UInt64(alphabet.count))]
        default: bytes.insert(contentsOf: Array(repeating: 0x20, count: Int(random.next() % 3) + 1), at: position)
        }
      }
      if YAMLDifferential.fastPathAccepts(bytes) { accepted += 1 }
      let mismatch = YAMLDifferential.mismatch(in: bytes)
      #expect(mismatch == nil, "round \(round): \(mismatch ?? "")\n\(String(decoding: bytes, as: UTF8.self))")
      if mismatch != nil { break }
    }
    // Most single edits leave a file the fast path still reads; the comparison above is then not vacuous.
    #expect(accepted > 1000)
  }

  /// Shapes near the edges of the fast path, each either parsed as libyaml parses it or declined.
  @Test(arguments: [
    "a: 1\nb:\nc: [x, y]\nd: {e: f, g: h}\n",
    "a:\n- x\n-\n- y: 1\n  z:\n",
    "a:\n  - x\n  - [ ]\n  - {}\nb:  text with # inside  # and a comment\n",
    "a: \"520626\"\nb: 'x # y'\nc: [\"p\", 'q' , r]\nd: {e: \"f: g\", h: 'i'}  # c\n- \"x\"\n",
    "a: \"x\"y\n", "a: 'x''y'\n", "a: \"x\\ny\"\n", "a: \"x\n  y\"\n", "\"k\": v\n", "a: {\"k\": v}\n", "a: 'x'#c\n",
    "- a\n- b: c\n  d: e\n-   f: g\n    h: i\n",
    "k :   v  \nk2: 值：带全角冒号\n# comment\n   # indented comment\nk3: ~\n",
    "a: b\n  c\n", "a: b: c\n", "a:b\n", "- - a\n", "a: [x, y,]\n", "a: [x, , y]\n", "a: {x}\n",
    "a: 'q'\n", "a: \"q\"\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  x\n", "a: >\n  x\n", "---\na: 1\n",
    "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n", "a:\t1\n", "a: 1\r\n", "\u{FEFF}a: 1\n", "a: 1\n b: 2\n",
    "a:\n  b: 1\n c: 2\n", "a: [x]y\n", "a: [x]#c\n", "a: [x] # c\n", "a: -1\n", "a: ?x\n", "? a\n: b\n",
    "a: x #c\nb: y#z\n", "", "# only a comment\n", "   \n\n", "a", "a:", "- ", "-", "[a]\n", "a: [b\n", "a: {b: c\n",
    "a: {b:c}\n", "a: {b: c: d}\n", "😀: 🎉\n", "a: 1\na: 2\n", "<<: x\n", "a: b\n\u{2028}c: d\n",
  ])
  func edgeCasesAgree(text: String) {
    #expect(YAMLDifferential.mismatch(in: Array(text.utf8)) == nil)
  }

  @Test func theUsualShapesTakeTheFastPath() {
    let texts = [
      "a: 1\nb:\nc: [x, y]\nd: {e: f, g: h}\n", "- a\n- b: c\n  d: e\n", "k: v # c\n", "", "a: \"1\"\nb: ['x']\n",
    ]
    for text in texts {
      #expect(YAMLDifferential.fastPathAccepts(Array(text.utf8)), "\(text)")
    }
  }
}

/// A small deterministic generator, so that a failing mutation can be reproduced from its round.
struct SplitMix64 {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
