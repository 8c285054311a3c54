import Foundation
import Testing
import RapportCore
@testable import RapportProgress

/// CSV and JSON exports and the progress summary.
@Suite struct ProgressExportTests {
    @Test func csvHasTheDocumentedHeaderAndOneQuotedRowPerSession() throws {
        var awkward = sampleSession("double-charge", empathy: 72, at: 0)
        awkward.id = 4
        awkward.title = "Charged twice, \"rent\" bounced"
        let csv = ProgressExport.csv([awkward])
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines[0] == "session_id,started_at,ended_at,scenario_id,title,difficulty,mode,outcome,empathy,resolution,replies,words_per_reply,harmful_replies,turn_empathy,skills,outcomes,shift_id,call_number,seed")
        #expect(lines[1] == "4,2026-01-01T09:00:00Z,2026-01-01T09:05:00Z,double-charge,\"Charged twice, \"\"rent\"\" bounced\",2,coach,resolved,72,45,3,11.3,1,40;72;80,acknowledge,why-empathy,,,7")
    }

    @Test func jsonHasOneObjectPerSessionWithTheSameKeys() throws {
        var first = sampleSession("a", empathy: 50, at: 0, shiftID: 2, call: 1)
        first.id = 1
        let json = ProgressExport.json([first, sampleSession("b", at: 60)])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == 2)
        #expect(Set(objects[0].keys) == Set(ProgressExport.columns))
        #expect(objects[0]["scenario_id"] as? String == "a")
        #expect(objects[0]["turn_empathy"] as? [Int] == [40, 50, 80])
        #expect(objects[0]["outcomes"] as? [String] == ["why-empathy"])
        #expect(objects[0]["shift_id"] as? Int == 2)
        #expect(objects[1]["shift_id"] is NSNull)
        let empty = try JSONSerialization.jsonObject(with: Data(ProgressExport.json([]).utf8)) as? [Any]
        #expect(empty?.isEmpty == true)
    }

    @Test func theSummaryTracksSkillsScenariosAndOutcomes() {
        var other = sampleSession("late-callback", empathy: 20, at: 100)
        other.skills = ["ownership", "outcome:warning-signs"]
        let sessions = [sampleSession("double-charge", empathy: 80, at: 200), other, sampleSession("double-charge", empathy: 40, at: 0)]
        let summary = ProgressSummary(sessions: sessions, knownOutcomes: ["why-empathy", "self-care"])
        #expect(summary.sessionCount == 3)
        #expect(summary.skills.map(\.name) == ["acknowledge", "ownership"])
        #expect(summary.skills[0].empathy == [40, 80])
        #expect(summary.skills[0].bestEmpathy == 80 && summary.skills[0].latestEmpathy == 80)
        #expect(summary.scenarios.first { $0.name == "double-charge" }?.count == 2)
        #expect(summary.outcomes == [.init(name: "why-empathy", sessions: 2), .init(name: "self-care", sessions: 0), .init(name: "warning-signs", sessions: 1)])
    }

    @Test func shiftCheckInsAndRecoveryToolsCountAsPractisingTheirOutcomes() {
        let sessions = [sampleSession("double-charge", empathy: 60, at: 0)]
        let shift = ShiftEntry(startedAt: Date(timeIntervalSince1970: 0), seed: 1, plannedCalls: 2, mode: "coach")
        let checkIn = CheckInEntry(shiftID: 1, checkIn: CheckIn(afterCall: 1, ratings: [.irritability: 4]))
        let tools = [ToolUseEntry(shiftID: 1, afterCall: 1, tool: .breathing, completed: true, text: ""),
                     ToolUseEntry(shiftID: 1, afterCall: 2, tool: .reflection, completed: true, text: "slow down")]
        let detail = ShiftDetail(shift: shift, calls: sessions, checkIns: [checkIn], tools: tools)
        let known = ["why-empathy", "warning-signs", "recovery-tools"]
        let summary = ProgressSummary(sessions: sessions, knownOutcomes: known, shifts: [detail])
        let byName = Dictionary(uniqueKeysWithValues: summary.outcomes.map { ($0.name, $0) })
        #expect(byName["warning-signs"]?.shiftActivities == 1)
        #expect(byName["recovery-tools"]?.shiftActivities == 2)
        #expect(byName["recovery-tools"]?.practised == true)
        let without = ProgressSummary(sessions: sessions, knownOutcomes: known)
        #expect(without.outcomes.first { $0.name == "recovery-tools" }?.practised == false)
    }
}
