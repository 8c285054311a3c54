import GRDB
import RapportCore

/// Recovery tools are stored as their raw names (`breathing`, `reframing`, `reflection`).
extension RecoveryTool: DatabaseValueConvertible {}
