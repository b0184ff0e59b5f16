import Foundation

/// The frames of a build's guide pages, rendered once per folder and script list and shared by the threads that
/// render the pages.
final class PageFrames: @unchecked Sendable {
  /// A page without its title and main content.
  struct Frame: Sendable {
    var beforeTitle: String
    var afterTitle: String
    var afterMain: String
  }

  private let lock = NSLock()
  /// Nil values remember that a frame could not be cut out.
  private var frames: [String: Frame?] = [:]

  func frame(root: String, scripts: [String], render: () -> Frame?) -> Frame? {
    let key = ([root] + scripts).joined(separator: "\u{0}")
    if let known = lock.withLock({ frames[key] }) { return known }
    let frame = render()
    lock.withLock { frames[key] = frame }
    return frame
  }
}
