/// An array of plain values that hands its memory over instead of copying it: the builder grows a tree's buffers
/// and the tree then owns them. Freed here unless taken.
final class GrowingBuffer<Element: BitwiseCopyable> {
  private var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(16, capacity)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    if capacity > 0 { base.deallocate() }
  }

  subscript(index: Int) -> Element {
    get {
      precondition(index >= 0 && index < count)
      return base[index]
    }
    set {
      precondition(index >= 0 && index < count)
      base[index] = newValue
    }
  }

  func append(_ element: Element) {
    if count == capacity { grow(to: count + 1) }
    (base + count).initialize(to: element)
    count += 1
  }

  func append(contentsOf elements: UnsafeBufferPointer<Element>) {
    guard let source = elements.baseAddress, !elements.isEmpty else { return }
    if count + elements.count > capacity { grow(to: count + elements.count) }
    (base + count).initialize(from: source, count: elements.count)
    count += elements.count
  }

  /// The elements, now the caller's to deallocate; the buffer is empty and unusable afterwards.
  func take() -> UnsafeBufferPointer<Element> {
    precondition(capacity > 0, "GrowingBuffer taken twice")
    let taken = UnsafeBufferPointer(start: base, count: count)
    capacity = 0
    count = 0
    return taken
  }

  private func grow(to minimum: Int) {
    precondition(capacity > 0, "GrowingBuffer used after take")
    (base, capacity) = base.regrown(count: count, capacity: capacity, needed: minimum)
  }
}

extension UnsafeMutablePointer where Pointee: BitwiseCopyable {
  /// A new allocation for at least `needed` elements (and at least twice `capacity`, so that appending one at a
  /// time stays linear), holding the first `count` elements moved from this one, which is freed.
  package func regrown(count: Int, capacity: Int, needed: Int) -> (UnsafeMutablePointer<Pointee>, capacity: Int) {
    let larger = Swift.max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<Pointee>.allocate(capacity: larger)
    moved.moveInitialize(from: self, count: count)
    deallocate()
    return (moved, larger)
  }
}
