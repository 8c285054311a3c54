import Foundation
import GRDB
import RapportCore

/// One stored shift (a row of the `shift` table); its calls, check-ins and tools are rows of their own tables.
public struct ShiftEntry: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
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

/// A check-in between calls, as stored (a row of the `checkIn` table); unanswered items are nil.
public struct CheckInEntry: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "checkIn"

    /// The row id, set when saved.
    public var id: Int64?
    /// The shift.
    public var shiftID: Int64
    /// The call the check-in followed (1-based).
    public var afterCall: Int
    /// Ratings 1–5, nil when skipped.
    public var irritability: Int?, concentration: Int?, detachment: Int?, drained: Int?

    /// The row for `checkIn` in shift `shiftID`.
    public init(shiftID: Int64, checkIn: CheckIn) {
        self.shiftID = shiftID
        self.afterCall = checkIn.afterCall
        irritability = checkIn.rating(.irritability)
        concentration = checkIn.rating(.concentration)
        detachment = checkIn.rating(.detachment)
        drained = checkIn.rating(.drained)
    }

    /// The check-in as the core type.
    public var checkIn: CheckIn {
        var ratings: [CheckInItem: Int] = [:]
        ratings[.irritability] = irritability
        ratings[.concentration] = concentration
        ratings[.detachment] = detachment
        ratings[.drained] = drained
        return CheckIn(afterCall: afterCall, ratings: ratings)
    }

    /// Records the row id after an insert.
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A recovery tool offered between calls, as stored (a row of the `toolUse` table).
public struct ToolUseEntry: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "toolUse"

    /// The row id, set when saved.
    public var id: Int64?
    /// The shift.
    public var shiftID: Int64
    /// The call the tool followed (1-based).
    public var afterCall: Int
    /// The tool offered.
    public var tool: RecoveryTool
    /// True when the trainee went through with it (false when skipped).
    public var completed: Bool
    /// What the trainee wrote: the reflection note or the reframing answer (empty for breathing or when skipped).
    public var text: String

    /// Stores the values as given.
    public init(shiftID: Int64, afterCall: Int, tool: RecoveryTool, completed: Bool, text: String) {
        self.shiftID = shiftID
        self.afterCall = afterCall
        self.tool = tool
        self.completed = completed
        self.text = text
    }

    /// Records the row id after an insert.
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A stored shift with everything recorded in it, for reports.
public struct ShiftDetail: Sendable, Hashable {
    /// The shift row.
    public var shift: ShiftEntry
    /// Its calls, in order.
    public var calls: [SessionEntry]
    /// Its check-ins, in order.
    public var checkIns: [CheckInEntry]
    /// The tools offered, in order.
    public var tools: [ToolUseEntry]

    /// Stores the values as given.
    public init(shift: ShiftEntry, calls: [SessionEntry], checkIns: [CheckInEntry], tools: [ToolUseEntry]) {
        self.shift = shift
        self.calls = calls
        self.checkIns = checkIns
        self.tools = tools
    }
}
