import Foundation
import GRDB
import RapportCore

/// One stored shift (a row of the `shift` table); its calls, check-ins and tools are rows of their own tables.
public struct ShiftEntry: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    /// The table the rows live in (named in the migrations).
    public static let databaseTableName = "shift"

    /// The row id, set when saved.
    public var id: Int64?
    /// When the shift started.
    public var startedAt: Date
    /// When it ended; nil while it is running (or if the process died mid-shift).
    public var endedAt: Date?
    /// The seed that chose the calls.
    public var seed: Int64
    /// How many calls were planned.
    public var plannedCalls: Int
    /// True when the trainee ended the shift before the planned calls were done (`q` or end of input).
    public var endedEarly: Bool
    /// `coach` or `exam`.
    public var mode: String
    /// The fading flags of the end-of-shift summary.
    public var flags: [FadingFlag]

    /// A shift as it starts: no end, no flags.
    public init(startedAt: Date, seed: Int64, plannedCalls: Int, mode: String) {
        self.startedAt = startedAt
        self.seed = seed
        self.plannedCalls = plannedCalls
        self.mode = mode
        self.endedEarly = false
        self.flags = []
    }

    /// Records the row id after an insert.
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
