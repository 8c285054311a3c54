import Foundation
import GRDB
import Testing
import RapportCore
@testable import RapportProgress

/// A fresh folder for one test's database.
func temporaryDatabasePath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("rapport-progress-\(UUID().uuidString)/progress.sqlite").path
}

func sampleSession(_ id: String = "double-charge", empathy: Int = 60, at seconds: TimeInterval = 0, shiftID: Int64? = nil, call: Int? = nil) -> SessionEntry {
    SessionEntry(scenarioID: id, title: "Title of \(id)", difficulty: 2, skills: ["acknowledge", "outcome:why-empathy"],
                 startedAt: Date(timeIntervalSince1970: 1_767_258_000 + seconds), endedAt: Date(timeIntervalSince1970: 1_767_258_300 + seconds),
                 empathy: empathy, resolution: 45, outcome: "resolved", turnEmpathy: [40, empathy, 80], wordsPerReply: 11.25,
                 harmfulReplies: 1, mode: "coach", seed: 7, shiftID: shiftID, callNumber: call)
}

/// The SQLite store: migrations, sessions, shifts, the plan, and damaged or newer databases.
@Suite struct ProgressStoreTests {
    @Test func aFreshDatabaseGetsEveryNamedMigrationAndReopens() throws {
        let path = temporaryDatabasePath()
        let store = try ProgressStore(path: path)
        #expect(ProgressStore.migrationNames == ["v1-sessions", "v2-shifts", "v3-resilience-plan"])
        #expect(try store.appliedMigrations() == ProgressStore.migrationNames)
        try store.record(sampleSession())
        let reopened = try ProgressStore(path: path)
        #expect(try reopened.appliedMigrations() == ProgressStore.migrationNames)
        #expect(try reopened.sessions().count == 1)
    }

    @Test func sessionsRoundTripOldestFirst() throws {
        let store = try ProgressStore(path: temporaryDatabasePath())
        let later = try store.record(sampleSession("late-callback", empathy: 30, at: 600))
        let earlier = try store.record(sampleSession("double-charge", empathy: 70, at: 0))
        #expect(later.id != nil && earlier.id != nil)
        let sessions = try store.sessions()
        #expect(sessions.map(\.scenarioID) == ["double-charge", "late-callback"])
        #expect(sessions[0] == earlier)
        #expect(sessions[0].skills == ["acknowledge", "outcome:why-empathy"])
        #expect(sessions[0].outcomes == ["why-empathy"])
        #expect(sessions[0].turnEmpathy == [40, 70, 80])
        #expect(sessions[0].shiftID == nil)
    }

    @Test func aShiftKeepsItsCallsCheckInsToolsAndFlags() throws {
        let store = try ProgressStore(path: temporaryDatabasePath())
        var shift = try store.begin(ShiftEntry(startedAt: Date(timeIntervalSince1970: 1_767_258_000), seed: 3, plannedCalls: 5, mode: "coach"))
        let shiftID = try #require(shift.id)
        try store.record(sampleSession("a", at: 0, shiftID: shiftID, call: 1))
        try store.record(CheckInEntry(shiftID: shiftID, checkIn: CheckIn(afterCall: 1, ratings: [.irritability: 4, .drained: 2])))
        try store.record(ToolUseEntry(shiftID: shiftID, afterCall: 1, tool: .reflection, completed: true, text: "Slow down."))
        try store.record(sampleSession("b", at: 400, shiftID: shiftID, call: 2))
        try store.record(sampleSession("solo", at: 900))
        shift.endedAt = Date(timeIntervalSince1970: 1_767_259_000)
        shift.endedEarly = true
        shift.flags = [FadingFlag(kind: .shorterReplies, evidence: "4 words vs 12")]
        try store.finish(shift)

        let details = try store.shifts()
        let detail = try #require(details.first)
        #expect(details.count == 1)
        #expect(detail.shift == shift)
        #expect(detail.calls.map(\.scenarioID) == ["a", "b"])
        #expect(detail.checkIns.map(\.checkIn) == [CheckIn(afterCall: 1, ratings: [.irritability: 4, .drained: 2])])
        #expect(detail.checkIns[0].concentration == nil)
        #expect(detail.tools.map(\.tool) == [.reflection])
        #expect(detail.tools[0].text == "Slow down.")
        #expect(try store.sessions().count == 3)
    }

    @Test func theResiliencePlanRoundTrips() throws {
        let path = temporaryDatabasePath()
        let store = try ProgressStore(path: path)
        #expect(try store.plan() == ResiliencePlan())
        let plan = ResiliencePlan(tools: [.reframing, .breathing], signs: [.detachment], note: "Walk round the block.")
        try store.save(plan)
        #expect(try ProgressStore(path: path).plan() == plan)
        try store.save(ResiliencePlan(note: "changed"))
        #expect(try store.plan() == ResiliencePlan(note: "changed"))
    }

    @Test func aFileThatIsNotSQLiteIsReportedAsCorrupt() throws {
        let path = temporaryDatabasePath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(String(repeating: "this is not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: ProgressError.corrupt(path: path, reason: "not a Rapport progress database, or damaged")) {
            try ProgressStore(path: path)
        }
    }

    @Test func aDatabaseFromANewerVersionIsRefusedNotMigrated() throws {
        let path = temporaryDatabasePath()
        _ = try ProgressStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        #expect(throws: ProgressError.newerVersion(path: path, unknownMigrations: ["v9-from-the-future"])) {
            try ProgressStore(path: path)
        }
    }

    @Test func anUnwritableFolderIsAnIOError() {
        #expect(throws: ProgressError.self) { try ProgressStore(path: "/proc/rapport-cannot-write-here/progress.sqlite") }
    }
}
