/// Renders every file of a build — the HTML guide, its assets, the print edition, the table and the Markdown
/// handbook — into memory, so that nothing is written until all of it has rendered.
public struct GuideBuilder {
  /// The file that marks a folder as qingdan's output, so that a later build may replace it.
  public static let marker = ".qingdan-build"

  let publication: Publication

  public init(_ publication: Publication) {
    self.publication = publication
  }

  /// Path relative to the output folder → contents. Every page is rendered on every core: item pages,
  /// township pages and the big single files (handbook, table, index) all go into one pool of jobs.
  public func render() -> [String: [UInt8]] {
    let publication = self.publication
    var jobs: [Job] = [
      Job("index.html") { IndexPage(publication: publication).render() },
      Job("assets/guide.css") { GuideStylesheet.source },
      Job("assets/search.js") { SearchScript.source },
      Job("assets/search-index.js") { SearchIndex(publication: publication).render() },
      Job("assets/handbook.css") { HandbookStylesheet.source },
      Job("handbook.html") { HandbookPage(publication: publication).render() },
      Job("handbook.md") { HandbookMarkdown(publication: publication).render() },
      Job("catalog.csv") { CatalogTable(publication: publication).render() },
      Job(Self.marker) { "qingdan build output; this folder is replaced as a whole by the next build.\n" },
    ]
    if publication.changes != nil {
      jobs.append(Job("changes.html") { ChangesPage(publication: publication).render() })
    }
    // The big files first, so that they are not left for the end of the pool.
    for township in publication.catalog.townships {
      jobs.append(
        Job(publication.townshipPath(township.id)) {
          TownshipPage(publication: publication, township: township).render()
        })
    }
    for item in publication.items {
      jobs.append(Job(publication.itemPath(item.code)) { ItemPage(publication: publication, item: item).render() })
    }
    let rendered = CatalogLoader.parallelMap(jobs) { job in (job.path, Array(job.render().utf8)) }
    return Dictionary(rendered, uniquingKeysWith: { _, last in last })
  }

  /// One file of the build and how to render it.
  private struct Job: Sendable {
    let path: String
    let render: @Sendable () -> String

    init(_ path: String, _ render: @escaping @Sendable () -> String) {
      self.path = path
      self.render = render
    }
  }
}
