import Foundation
import QingdanKit
import QingdanTestSupport
import Testing

/// A guide of more than `PageNames.folderLimit` items puts its item pages into 256 subfolders of `items/`, at
/// addresses anyone can work out from the code (README), and stays whole: every link resolves, a rebuild reuses
/// the unchanged pages in their subfolders and deletes the output it replaces, subfolders and all.
@Suite struct LargeGuideTests {
  /// Values of the README's formula, worked out with Python (FNV-1a, 32 bits, last byte in hexadecimal).
  @Test func subfoldersFollowTheDocumentedHash() {
    #expect(PageNames.folder("gm-ql-000001") == "df")
    #expect(PageNames.folder("gm-ql-000002") == "72")
    #expect(PageNames.folder("dj-gg-0001") == "7c")
    #expect(PageNames.folder("dj-gg-0001-2") == "a3")
    #expect(PageNames.itemPath("dj-gg-0001", itemCount: PageNames.folderLimit) == "items/dj-gg-0001.html")
    #expect(PageNames.itemPath("dj-gg-0001", itemCount: PageNames.folderLimit + 1) == "items/7c/dj-gg-0001.html")
  }

  @Test func largeGuidesPutItemPagesIntoSubfoldersAndEveryLinkResolves() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-large-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let catalog = folder.appendingPathComponent("catalog").path
    let items = PageNames.folderLimit + 1_000
    try Tool.run(
      try Tool.find(["python3"]),
      [
        CommandRunner.packageRoot.appendingPathComponent("scripts/gen-catalog").path, catalog, "--items", "\(items)",
        "--townships", "12",
      ])
    let site = folder.appendingPathComponent("site")
    let build = try CommandRunner.run(["build", catalog, "--out", site.path])
    #expect(build.status == 0, "\(build.stderr)")

    let files = FileManager.default
    let itemsFolder = site.appendingPathComponent("items")
    let subfolders = try files.contentsOfDirectory(atPath: itemsFolder.path).sorted()
    #expect(subfolders.count == 256)
    var pages: [String] = []
    for subfolder in subfolders {
      #expect(subfolder.count == 2 && subfolder.allSatisfy(\.isHexDigit) && subfolder == subfolder.lowercased())
      for name in try files.contentsOfDirectory(atPath: itemsFolder.appendingPathComponent(subfolder).path) {
        #expect(name.hasSuffix(".html") && PageNames.folder(String(name.dropLast(5))) == subfolder, "\(name)")
        pages.append("items/\(subfolder)/\(name)")
      }
    }
    #expect(pages.count == items)

    // Every link and every stylesheet and script of every page leads to a file of the guide.
    let townships = try files.contentsOfDirectory(atPath: site.appendingPathComponent("townships").path)
    var checked = 0
    for page in ["index.html"] + townships.map({ "townships/\($0)" }) + pages {
      let html = String(decoding: try Data(contentsOf: site.appendingPathComponent(page)), as: UTF8.self)
      for target in Self.references(in: html) {
        let resolved = site.appendingPathComponent(page).deletingLastPathComponent().appendingPathComponent(target)
          .standardizedFileURL
        #expect(resolved.path.hasPrefix(site.standardizedFileURL.path + "/"), "\(page): \(target)")
        #expect(files.fileExists(atPath: resolved.path), "\(page): \(target) does not exist")
        checked += 1
      }
    }
    #expect(checked > items * 4)
    // The search index's addresses are relative to the index page.
    let index = String(
      decoding: try Data(contentsOf: site.appendingPathComponent("assets/search-index.js")), as: UTF8.self)
    let addresses = index.components(separatedBy: "\"u\": \"").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(Set(addresses.map(String.init)) == Set(pages))

    // A rebuild of the same catalog links every page from the previous output into its subfolder.
    func inode(_ page: String) -> UInt64? {
      var info = stat()
      return lstat(site.appendingPathComponent(page).path, &info) == 0 ? UInt64(info.st_ino) : nil
    }
    let before = pages.map(inode)
    // The retired output is deleted, links planted in its subfolders as links, never what they point to.
    let outside = folder.appendingPathComponent("outside")
    try files.createDirectory(at: outside, withIntermediateDirectories: true)
    try Data("keep".utf8).write(to: outside.appendingPathComponent("keep.txt"))
    try files.createSymbolicLink(
      at: itemsFolder.appendingPathComponent("00/planted.html"),
      withDestinationURL: outside.appendingPathComponent("keep.txt"))
    try files.createSymbolicLink(at: itemsFolder.appendingPathComponent("zz"), withDestinationURL: outside)
    let rebuild = try CommandRunner.run(["build", catalog, "--out", site.path])
    #expect(rebuild.status == 0, "\(rebuild.stderr)")
    #expect(pages.map(inode) == before)
    #expect(try files.contentsOfDirectory(atPath: folder.path).sorted() == ["catalog", "outside", "site"])
    #expect(try files.contentsOfDirectory(atPath: outside.path) == ["keep.txt"])
    #expect(try files.contentsOfDirectory(atPath: itemsFolder.path).count == 256)
  }

  /// The local targets of `href`, `src` and `action` attributes, without their `#fragment`.
  private static func references(in html: String) -> [String] {
    var targets: [String] = []
    for attribute in ["href=\"", "src=\"", "action=\""] {
      for piece in html.components(separatedBy: attribute).dropFirst() {
        let target = String(piece.prefix { $0 != "\"" && $0 != "#" })
        if !target.isEmpty && !target.contains(":") { targets.append(target) }
      }
    }
    return targets
  }
}
