import Foundation
import QingdanCore

/// The frames of a build's guide pages, rendered once per folder and kind of page and shared by the threads that
/// render the pages.
final class PageFrames: @unchecked Sendable {
  /// A page without its title and main content: up to `<title>`, from the title to `<main>`, from `</main>` on.
  struct Frame: Sendable {
    var beforeTitle: HTMLFragment
    var afterTitle: HTMLFragment
    var afterMain: HTMLFragment
  }

  private let lock = NSLock()
  /// By `slot`: pages at the top, one or two folders down (`root` is `""`, `../` or `../../`), with the search
  /// scripts or without.
  private var frames: [Frame?] = Array(repeating: nil, count: 6)

  func frame(root: String, search: Bool, render: () -> Frame) -> Frame {
    let slot = root.utf8.count / 3 * 2 + (search ? 1 : 0)
    if let known = lock.withLock({ frames[slot] }) { return known }
    let frame = render()
    lock.withLock { frames[slot] = frame }
    return frame
  }
}
