import QingdanKit
import QingdanTestSupport

/// libFuzzer's entry point: load-and-check over one fuzzed file in a small valid catalog held in memory.
///
/// The first byte chooses where the rest of the input goes, so that one corpus reaches every file role the
/// loader knows; the checker, every reporter and (for one role) the guide and the diff then run on the result.
/// Every input is also parsed by both YAML parsers, which must agree (`YAMLDifferential`).
/// Anything that traps, overflows or touches freed memory is a crash that libFuzzer reports with its input.
/// Built only by `make fuzz` (see Package.swift): `QINGDAN_FUZZ=1 swift build -c release --product QingdanFuzz
/// -Xswiftc -sanitize=fuzzer,address --scratch-path .build-fuzz`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let data, size > 0 else { return 0 }
  let role = FuzzRole(rawValue: data[0] % UInt8(FuzzRole.allCases.count)) ?? .catalogFile
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  FuzzRun(role: role, bytes: bytes).run()
  return 0
}

/// Which file of the catalog the fuzzed bytes become.
enum FuzzRole: UInt8, CaseIterable {
  /// An extra catalog file, `fuzz.yaml`, beside the base catalog's files.
  case catalogFile
  /// The root file, `qingdan.yaml`.
  case rootFile
  /// A profile file that `qingdan.yaml` names in `county.profile`.
  case profileFile
  /// A township file replaced; the run also compares the edition with the base catalog.
  case townshipFile
}

struct FuzzRun {
  /// The base catalog as loaded, the old edition of every comparison.
  static let base = try? CatalogLoader().load(MemoryStorage(files: FixtureCatalog.base))

  let role: FuzzRole
  let bytes: [UInt8]

  func run() {
    // The loader's fast path for plain block YAML must build exactly the tree libyaml builds, or decline.
    if let mismatch = YAMLDifferential.mismatch(in: bytes) {
      fatalError("the fast YAML path and libyaml disagree: \(mismatch)")
    }
    var files = FixtureCatalog.base.mapValues { Array($0.utf8) }
    switch role {
    case .catalogFile:
      files["fuzz.yaml"] = bytes
    case .rootFile:
      files["qingdan.yaml"] = bytes
    case .profileFile:
      files["qingdan.yaml"] = Array(
        FixtureCatalog.base["qingdan.yaml"]!.replacingOccurrences(
          of: "profile: dejiang-2018", with: "profile: profiles/fuzz.yaml"
        ).utf8)
      files["profiles/fuzz.yaml"] = bytes
    case .townshipFile:
      files["townships/alpha.yaml"] = bytes
    }
    guard let loaded = try? CatalogLoader().load(MemoryStorage(bytes: files, displayName: "fuzz")) else { return }
    let result = Checker().check(loaded)
    for format in CheckResult.reportFormats {
      _ = result.report(format, settings: ReportSettings(root: "fuzz", color: format == .human))
    }
    _ = result.exitStatus(failOn: .info)
    // Publishing and comparing cost more than the rest together: only for one role, to keep the runs fast.
    guard role == .townshipFile, loaded.loaded else { return }
    _ = GuideBuilder(Publication(result: result, draft: true)).render()
    guard let base = Self.base else { return }
    let diff = EditionComparer().compare(old: base, new: loaded, oldName: "base", newName: "fuzz")
    for format in EditionDiff.reportFormats {
      _ = diff.report(format)
    }
  }
}
