import Foundation
import QingdanKit

exit(QingdanCommand.main(CommandLine.arguments.dropFirst()))
