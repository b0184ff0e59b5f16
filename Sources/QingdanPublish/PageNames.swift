import QingdanCore

/// File names for pages, made from item codes. A name contains only `a-z`, `0-9`, `-` and `_`, so it can never
/// leave the output folder or clash on a file system that ignores case; codes that would give the same name get
/// numbered suffixes in the order of the codes within each list.
public enum PageNames {
  /// Above this many items, the item pages go into 256 subfolders of `items/` (`folder`) instead of one folder.
  /// FAT32, the file system of most USB sticks, holds at most 65,534 entries in a folder, and a page named after
  /// a code takes 3 to 7 of them (its long name is stored in pieces of 13 characters), so a folder of more than
  /// about 9,000 pages may not copy onto one; file managers and the file system itself slow down in folders of a
  /// hundred thousand files (on ext4, creating a file holds its folder's lock, so pages are created one at a time
  /// per folder). A county's catalog, a few hundred items, keeps the flat `items/<code>.html`.
  public static let folderLimit = 5_000

  /// The subfolder of `items/` for the page `name` in a guide of more than `folderLimit` items: the last byte of
  /// the 32-bit FNV-1a hash of the name's UTF-8 bytes, as two lowercase hexadecimal digits (`00`…`ff`). It
  /// depends on nothing but the name, so a page keeps its address from edition to edition.
  public static func folder(_ name: String) -> String {
    var hash: UInt32 = 2_166_136_261
    for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return String(decoding: [hexDigits[Int(hash >> 4 & 0xf)], hexDigits[Int(hash & 0xf)]], as: UTF8.self)
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Whether a guide of `itemCount` items puts its item pages into the subfolders of `items/`.
  public static func inFolders(itemCount: Int) -> Bool { itemCount > folderLimit }

  /// The path of the page `name` relative to the site root, in a guide with `itemCount` items.
  public static func itemPath(_ name: String, itemCount: Int) -> String {
    inFolders(itemCount: itemCount) ? "items/" + folder(name) + "/" + name + ".html" : "items/" + name + ".html"
  }

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
