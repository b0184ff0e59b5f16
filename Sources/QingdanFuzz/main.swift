import Foundation

/// SwiftPM gives every executable its own entry point (renamed, so that tests can import the module), which
/// takes the place of libFuzzer's `main`: hand the command line to libFuzzer's driver from here.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var arguments = CommandLine.unsafeArgv
var count = CommandLine.argc
exit(runFuzzerDriver(&count, &arguments, fuzzOneInput))
