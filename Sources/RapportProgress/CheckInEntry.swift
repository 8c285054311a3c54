import GRDB
import RapportCore

/// A check-in between calls, as stored (a row of the `checkIn` table); unanswered items are nil.
public struct CheckInEntry: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    /// The table the rows live in (named in the migrations).
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
