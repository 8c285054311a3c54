import Foundation
import GRDB
import RapportCore

/// The stored resilience plan: one row, id 1.
struct PlanRow: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "plan"
    var id: Int64 = 1
    var tools: [RecoveryTool]
    var signs: [CheckInItem]
    var note: String
    var updatedAt: Date
}
