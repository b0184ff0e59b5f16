import QingdanCore

/// Renders every file of a build — the HTML guide, its assets, the table, the Markdown handbook and, for a PDF,
/// the print edition. `StagingWriter` writes them into the staging folder as they render, on every core;
/// `render()` keeps them in memory instead.
public struct GuideBuilder {
  /// The file that marks a folder as qingdan's output, so that a later build may replace it.
  public static let marker = ".qingdan-build"

  let publication: Publication
  /// Whether to render the print edition, `handbook.html` and its stylesheet: the source WeasyPrint typesets into
  /// `handbook.pdf`, so written only for `build --pdf` (a province's is 150 MB that nothing else reads).
  let printEdition: Bool
  /// How many units (mostly items) of a big file render as one part.
  let unitsPerPart: Int

  public init(_ publication: Publication, printEdition: Bool = true) {
    self.init(publication, printEdition: printEdition, unitsPerPart: 512)
  }

  init(_ publication: Publication, printEdition: Bool = true, unitsPerPart: Int) {
    self.publication = publication
    self.printEdition = printEdition
    self.unitsPerPart = unitsPerPart
  }

  /// Every file of the build.
  public func files() -> [BuildFile] {
    let publication = self.publication
    let size = unitsPerPart
    var files: [BuildFile] = []
    files.reserveCapacity(publication.items.count + publication.catalog.townships.count + 16)
    files += [
      BuildFile("index.html", parted: IndexPage(publication: publication), unitsPerPart: size),
      BuildFile("assets/guide.css", text: GuideStylesheet.source),
      BuildFile("assets/search.js", text: SearchScript.source),
      BuildFile("assets/search-index.js", parted: SearchIndex(publication: publication), unitsPerPart: size),
      BuildFile("handbook.md", parted: HandbookMarkdown(publication: publication), unitsPerPart: size),
      BuildFile("catalog.csv", parted: CatalogTable(publication: publication), unitsPerPart: size),
      BuildFile(Self.marker, text: "qingdan build output; this folder is replaced as a whole by the next build.\n"),
    ]
    if printEdition {
      files += [
        BuildFile("assets/handbook.css", text: HandbookStylesheet.source),
        BuildFile("handbook.html", parted: HandbookPage(publication: publication), unitsPerPart: size),
      ]
    }
    if publication.changes != nil {
      files.append(BuildFile("changes.html") { ChangesPage(publication: publication).render() })
    }
    let townships = publication.catalog.townships
    let townshipPages = townships.indices.map { position in
      let township = townships[position]
      return BuildFile(publication.townshipPath(township.id), sweep: Double(position) / Double(townships.count)) {
        TownshipPage(publication: publication, township: township).render()
      }
    }
    files += townshipPages
    // A province has over a hundred thousand item pages: their paths are made on every core.
    let items = publication.items
    let slice = 4096
    let itemPages = Parallel.map(Array(stride(from: 0, to: items.count, by: slice))) { start in
      (start..<min(items.count, start + slice)).map { position in
        BuildFile(publication.itemPath(at: position), sweep: Double(position) / Double(items.count)) {
          ItemPage(publication: publication, position: position).render()
        }
      }
    }
    for pages in itemPages { files += pages }
    // Townships whose ids give the same file name, and items with the same code (a draft of a catalog with
    // duplicates), share a page: the last one's. Distinct codes always get distinct page names (`PageNames`).
    guard publication.pageNames.count < items.count || Set(townshipPages.map(\.path)).count < townshipPages.count
    else { return files }
    var last = [String: Int](minimumCapacity: files.count)
    for (position, file) in files.enumerated() { last[file.path] = position }
    return files.indices.filter { last[files[$0].path] == $0 }.map { files[$0] }
  }

  /// Path relative to the output folder → contents, every file rendered in memory on every core.
  public func render() -> [String: [UInt8]] {
    let files = self.files()
    let parts = files.indices.flatMap { file in (0..<files[file].partCount).map { (file, $0) } }
    let rendered = Parallel.map(parts) { file, part in files[file].render(part: part) }
    var contents: [String: [UInt8]] = [:]
    for ((file, _), bytes) in zip(parts, rendered) { contents[files[file].path, default: []] += bytes }
    return contents
  }
}
