/// File names for pages, made from item codes. A name contains only `a-z`, `0-9`, `-` and `_`, so it can never
/// leave the output folder or clash on a file system that ignores case; codes that would give the same name get
/// numbered suffixes in list order.
public enum PageNames {
  public static func safe(_ code: String) -> String {
    var name = ""
    for scalar in code.lowercased().unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9", "-", "_": name.unicodeScalars.append(scalar)
      default: name += "_"
      }
    }
    name = String(name.prefix(80))
    return name.isEmpty || name.allSatisfy({ $0 == "_" }) ? "item" + name : name
  }

  public static func assign(_ codes: [String]) -> [String: String] {
    var names: [String: String] = [:]
    var taken: Set<String> = ["index"]
    for code in codes where names[code] == nil {
      let base = safe(code)
      var name = base
      var counter = 2
      while taken.contains(name) {
        name = "\(base)-\(counter)"
        counter += 1
      }
      taken.insert(name)
      names[code] = name
    }
    return names
  }
}
