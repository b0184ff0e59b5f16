/// Finds the closest of a few names to a misspelt one, for “did you mean” hints.
enum Suggestion {
  static func closest(to name: String, among candidates: [String]) -> String? {
    let source = Array(name.lowercased())
    var best: (String, Int)?
    for candidate in candidates {
      let distance = editDistance(source, Array(candidate.lowercased()))
      if distance <= max(1, candidate.count / 3), distance < (best?.1 ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.0
  }

  /// Edits between `a` and `b`, two neighbours swapped counting as one (`nmae` is one edit from `name`).
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var distances = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { distances[i][0] = i }
    for j in 0...b.count { distances[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        distances[i][j] = min(distances[i - 1][j] + 1, distances[i][j - 1] + 1, distances[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          distances[i][j] = min(distances[i][j], distances[i - 2][j - 2] + 1)
        }
      }
    }
    return distances[a.count][b.count]
  }
}
