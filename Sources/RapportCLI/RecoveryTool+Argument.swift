import ArgumentParser
import RapportCore

/// recovery tools on the command line (`--tool breathing`), by their raw names.
extension RecoveryTool: ExpressibleByArgument {}
