import ArgumentParser

/// The catalog folder a command works on.
struct CatalogArgument: ParsableArguments {
  @Argument(help: "清单目录（含 qingdan.yaml 的文件夹）。")
  var catalog = "."
}
