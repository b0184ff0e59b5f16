/// Renders every file of a build — the HTML guide, its assets, the print edition, the table and the Markdown
/// handbook — into memory, so that nothing is written until all of it has rendered.
public struct GuideBuilder {
  /// The file that marks a folder as qingdan's output, so that a later build may replace it.
  public static let marker = ".qingdan-build"

  let publication: Publication

  public init(_ publication: Publication) {
    self.publication = publication
  }

  /// Path relative to the output folder → contents.
  public func render() -> [String: [UInt8]] {
    let publication = self.publication
    var files: [String: String] = [
      "index.html": IndexPage(publication: publication).render(),
      "assets/guide.css": GuideStylesheet.source,
      "assets/search.js": SearchScript.source,
      "assets/search-index.js": SearchIndex(publication: publication).render(),
      "assets/handbook.css": HandbookStylesheet.source,
      "handbook.html": HandbookPage(publication: publication).render(),
      "handbook.md": HandbookMarkdown(publication: publication).render(),
      "catalog.csv": CatalogTable(publication: publication).render(),
      Self.marker: "qingdan build output; this folder is replaced as a whole by the next build.\n",
    ]
    if publication.changes != nil { files["changes.html"] = ChangesPage(publication: publication).render() }
    for township in publication.catalog.townships {
      files[publication.townshipPath(township.id)] = TownshipPage(publication: publication, township: township).render()
    }
    let pages = CatalogLoader.parallelMap(publication.items) { item in
      (publication.itemPath(item.code), ItemPage(publication: publication, item: item).render())
    }
    for (path, page) in pages { files[path] = page }
    return files.mapValues { Array($0.utf8) }
  }
}
