import GRDB
import RapportCore

/// A recovery tool offered between calls, as stored (a row of the `toolUse` table).
public struct ToolUseEntry: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    /// The table the rows live in (named in the migrations).
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
