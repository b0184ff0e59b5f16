/// File names for pages, made from item codes. A name contains only `a-z`, `0-9`, `-` and `_`, so it can never
/// leave the output folder or clash on a file system that ignores case; codes that would give the same name get
/// numbered suffixes in the order of the codes within each list.
public enum PageNames {
  public static func safe(_ code: String) -> String {
    if let name = asciiSafe(code) { return name }
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

  /// `safe` for codes of ASCII letters, digits and punctuation (nearly all), a byte at a time.
  private static func asciiSafe(_ code: String) -> String? {
    var code = code
    return code.withUTF8 { bytes -> String? in
      guard !bytes.isEmpty, bytes.count <= 80, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var allUnderscores = true
      let name = String(unsafeUninitializedCapacity: bytes.count) { name in
        for (index, byte) in bytes.enumerated() {
          switch byte {
          case UInt8(ascii: "A")...UInt8(ascii: "Z"): name[index] = byte + 32
          case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
            name[index] = byte
          default: name[index] = UInt8(ascii: "_")
          }
          if name[index] != UInt8(ascii: "_") { allUnderscores = false }
        }
        return bytes.count
      }
      return allUnderscores ? "item" + name : name
    }
  }

  public static func assign(_ codes: [String]) -> [String: String] {
    var names = [String: String](minimumCapacity: codes.count)
    var taken = Set<String>(minimumCapacity: codes.count + 1)
    taken.insert("index")
    for code in codes where names[code] == nil {
      let base = safe(code)
      var name = base
      var counter = 2
      while !taken.insert(name).inserted {
        name = "\(base)-\(counter)"
        counter += 1
      }
      names[code] = name
    }
    return names
  }
}
