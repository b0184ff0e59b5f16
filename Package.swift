// swift-tools-version: 6.2
import PackageDescription

import class Foundation.ProcessInfo

/// The project's own code builds with no warnings.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
  name: "qingdan",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "qingdan", targets: ["qingdan"]),
    .library(name: "QingdanKit", targets: ["QingdanKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2")
  ],
  targets: [
    // libyaml from Debian's libyaml-dev; parsed with its event API (see Sources/QingdanYAML).
    .systemLibrary(
      name: "CYAML",
      path: "Sources/CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    // The layers, each depending only on the ones below it: reading YAML; the catalog model, loading, rules,
    // check, diff and reports; publishing. QingdanKit is all of them under one name.
    .target(name: "QingdanYAML", dependencies: ["CYAML"], swiftSettings: strict),
    // Starting child processes (git, WeasyPrint) that die with qingdan: what Foundation's Process cannot do.
    .target(name: "CChildProcess"),
    .target(name: "QingdanCore", dependencies: ["QingdanYAML", "CChildProcess"], swiftSettings: strict),
    .target(name: "QingdanPublish", dependencies: ["QingdanCore"], swiftSettings: strict),
    .target(
      name: "QingdanKit", dependencies: ["QingdanYAML", "QingdanCore", "QingdanPublish"], swiftSettings: strict),
    .executableTarget(
      name: "qingdan",
      dependencies: [
        "QingdanKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strict
    ),
    .target(
      name: "QingdanTestSupport", dependencies: ["QingdanKit"], path: "Tests/QingdanTestSupport", swiftSettings: strict),
    .testTarget(
      name: "QingdanKitTests",
      dependencies: [
        "QingdanKit", "QingdanYAML", "QingdanCore", "QingdanPublish", "QingdanTestSupport", "qingdan",
      ],
      exclude: ["Fixtures"],
      swiftSettings: strict
    ),
  ]
)

// The libFuzzer target over load-and-check (`make fuzz`), only when asked for: it needs `-sanitize=fuzzer` and
// `-parse-as-library` on the command line, which a normal `swift build` or `swift test` must not see.
if ProcessInfo.processInfo.environment["QINGDAN_FUZZ"] == "1" {
  package.products.append(.executable(name: "QingdanFuzz", targets: ["QingdanFuzz"]))
  package.targets.append(
    .executableTarget(
      name: "QingdanFuzz", dependencies: ["QingdanKit", "QingdanTestSupport"], path: "Sources/QingdanFuzz",
      swiftSettings: strict))
}
