import QingdanKit
import QingdanTestSupport
import Testing

@testable import QingdanPublish

/// The order a build renders in (`StagingWriter.schedule`): all files sweep through the items together, so that an
/// item's outputs render while it is in the processor's cache.
@Suite struct ScheduleTests {
  @Test func partsAndPagesSweepThroughTheItemsTogether() throws {
    let result = try FixtureCatalog().check()
    let files = GuideBuilder(Publication(result: result, draft: false), unitsPerPart: 2).files()
    let jobs = StagingWriter.schedule(files)
    // Every part of every file, once.
    #expect(jobs.count == files.reduce(0) { $0 + $1.partCount })
    #expect(Set(jobs.map { "\($0.file)/\($0.part)" }).count == jobs.count)
    let sweeps = jobs.map { files[$0.file].sweep(part: $0.part) }
    #expect(sweeps == sweeps.sorted())
    // Each big file's parts in order, so that few wait in memory to be written.
    for file in files.indices where files[file].partCount > 1 {
      #expect(jobs.filter { $0.file == file }.map(\.part) == Array(0..<files[file].partCount), "\(files[file].path)")
    }
    // The item pages come among the big files' parts, in the items' order, not before or after them all.
    let handbook = try #require(files.firstIndex { $0.path == "handbook.html" })
    let handbookParts = jobs.indices.filter { jobs[$0].file == handbook }
    let pages = jobs.indices.filter { files[jobs[$0].file].path.hasPrefix("items/") }
    #expect(pages.count == 5 && handbookParts.count > 2)
    #expect(pages.first! > handbookParts.first! && pages.last! < handbookParts.last!)
    let publication = Publication(result: result, draft: false)
    #expect(pages.map { files[jobs[$0].file].path } == publication.items.indices.map { publication.itemPath(at: $0) })
  }
}
