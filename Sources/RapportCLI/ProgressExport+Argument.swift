import ArgumentParser
import RapportProgress

/// Export formats on the command line (`--export csv`), by their raw names.
extension ProgressExport.Format: ExpressibleByArgument {}
