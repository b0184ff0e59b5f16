import Foundation
import QingdanKit

// A file size limit (ulimit -f) must fail the write that exceeds it, which qingdan reports, not kill the process.
signal(SIGXFSZ, SIG_IGN)
exit(QingdanCommand.main(CommandLine.arguments.dropFirst()))
