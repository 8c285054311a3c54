import ArgumentParser
import RapportCore

/// warning signs on the command line (`--add-sign irritability`), by their raw names.
extension CheckInItem: ExpressibleByArgument {}
