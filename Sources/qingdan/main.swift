import Foundation
import QingdanKit

// A file size limit (ulimit -f) must fail the write that exceeds it, which qingdan reports, not kill the process.
signal(SIGXFSZ, SIG_IGN)
// Ctrl-C, SIGTERM and `timeout` end the programs qingdan started and remove its temporary files; each command
// says what an interruption leaves.
Interruption.install(notice: "qingdan：已中断。")
exit(QingdanCommand.main(CommandLine.arguments.dropFirst()))
