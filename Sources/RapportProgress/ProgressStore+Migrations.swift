import GRDB
import RapportCore

extension ProgressStore {
    /// The schema, as named migrations applied in order. Never edit a shipped migration: add a new one.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-sessions") { db in
            try db.create(table: "session") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("scenarioID", .text).notNull().indexed()
                t.column("title", .text).notNull()
                t.column("difficulty", .integer).notNull()
                t.column("skills", .text).notNull()  // JSON array of strings
                t.column("startedAt", .datetime).notNull().indexed()
                t.column("endedAt", .datetime).notNull()
                t.column("empathy", .integer).notNull()
                t.column("resolution", .integer).notNull()
                t.column("outcome", .text).notNull()
                t.column("turnEmpathy", .text).notNull()  // JSON array of integers
                t.column("wordsPerReply", .double).notNull()
                t.column("harmfulReplies", .integer).notNull()
                t.column("mode", .text).notNull()
                t.column("seed", .integer).notNull()
            }
        }
        migrator.registerMigration("v2-shifts") { db in
            try db.create(table: "shift") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("startedAt", .datetime).notNull()
                t.column("endedAt", .datetime)
                t.column("seed", .integer).notNull()
                t.column("plannedCalls", .integer).notNull()
                t.column("endedEarly", .boolean).notNull()
                t.column("mode", .text).notNull()
                t.column("flags", .text).notNull()  // JSON array of {kind, evidence}
            }
            try db.alter(table: "session") { t in
                t.add(column: "shiftID", .integer).references("shift", onDelete: .cascade)
                t.add(column: "callNumber", .integer)
            }
            try db.create(table: "checkIn") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("shift", onDelete: .cascade).notNull()
                t.column("afterCall", .integer).notNull()
                for item in ["irritability", "concentration", "detachment", "drained"] {
                    t.column(item, .integer).check { $0 == nil || ($0 >= 1 && $0 <= 5) }
                }
            }
            try db.create(table: "toolUse") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("shift", onDelete: .cascade).notNull()
                t.column("afterCall", .integer).notNull()
                t.column("tool", .text).notNull()
                t.column("completed", .boolean).notNull()
                t.column("text", .text).notNull()
            }
        }
        migrator.registerMigration("v3-resilience-plan") { db in
            try db.create(table: "plan") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }  // one plan per trainee
                t.column("tools", .text).notNull()  // JSON array of tool names
                t.column("signs", .text).notNull()  // JSON array of check-in items
                t.column("note", .text).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
        }
        return migrator
    }()
}
