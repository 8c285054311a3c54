import Foundation
import Testing
@testable import RapportCLI
import RapportCore
import RapportProgress

/// The pieces behind shift, progress and plan: the timer, the chart, the plan editor, deletion and warnings.
@Suite struct ProgressViewTests {
    func screen(unicode: Bool = true) -> (Screen, CapturedOutput) {
        let output = CapturedOutput()
        return (Screen(output: output, profile: TerminalProfile(color: false, unicode: unicode, columns: nil)), output)
    }

    @Test func theBreathingTimerRedrawsOneLineInPlaceOnATerminal() {
        let (screen, output) = screen()
        let pacer = CountingPacer()
        let done = BreathingTimer(inhale: 2, exhale: 3, cycles: 1, inPlace: true).run(screen: screen, pacer: pacer)
        #expect(done)
        #expect(pacer.seconds == 5)
        #expect(output.text.contains("\r\u{1B}[2K  Breathe in — cycle 1 of 1  ●○"))
        #expect(output.text.contains("\r\u{1B}[2K  Breathe out — cycle 1 of 1  ●●●"))
        #expect(output.text.hasSuffix("\r\u{1B}[2K  Done: 1 slow breaths.\n"))
        #expect(!output.text.contains("seconds\n"))  // no line per phase
    }

    @Test func theBreathingTimerPrintsPlainLinesWhenPipedAndStopsOnRequest() {
        let (screen, output) = screen(unicode: false)
        let done = BreathingTimer(cycles: 2, inPlace: false).run(screen: screen, pacer: CountingPacer(stopAfter: 5))
        #expect(!done)
        #expect(output.text == "  Breathe in -- cycle 1 of 2, 4 seconds\n  Breathe out -- cycle 1 of 2, 6 seconds\n  Stopped. That's fine -- even one slow breath helps.\n")
    }

    @Test func theChartUsesEighthBlocksOrHashes() {
        let unicode = EmpathyChart(width: 10, unicode: true)
        #expect(unicode.bar(100) == "██████████")
        #expect(unicode.bar(55) == "█████▌    ")
        #expect(unicode.bar(0) == "          ")
        #expect(unicode.bar(140) == unicode.bar(100))
        #expect(EmpathyChart(width: 10, unicode: false).bar(55) == "######    ")
        #expect(unicode.rows([("1", 100), ("10", 0)]) == [" 1 ██████████ 100", "10              0"])
    }

    @Test func thePlanEditorKeepsClearsAndReasksUnknownNames() throws {
        let (screen, output) = screen()
        let reader = ScriptedLineReader(["irritability, nonsense", "drained , irritability", "", "-"])
        let plan = PlanEditor(reader: reader, screen: screen).edit(ResiliencePlan(tools: [.breathing], note: "old note"))
        #expect(plan == ResiliencePlan(tools: [.breathing], signs: [.drained, .irritability], note: ""))
        #expect(output.text.contains("Not known: nonsense. Choose from: irritability, concentration, detachment, drained."))
        #expect(PlanEditor(reader: ScriptedLineReader(["drained"]), screen: screen).edit(ResiliencePlan()) == nil)
    }

    @Test func deletionListsAndRemovesEverythingUnderTheDataDirectory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-data-\(UUID().uuidString)").path
        let store = try ProgressStore(path: root + "/progress.sqlite")
        try store.record(sampleEntry())
        try store.save(ResiliencePlan(tools: [.breathing]))
        try FileManager.default.createDirectory(atPath: root + "/sessions", withIntermediateDirectories: true)
        try "{}".write(toFile: root + "/sessions/a.json", atomically: true, encoding: .utf8)
        try "hello".write(toFile: root + "/history", atomically: true, encoding: .utf8)
        let deletion = DataDeletion(root: root)
        let items = deletion.items()
        #expect(items.map { ($0.path as NSString).lastPathComponent } == ["progress.sqlite", "sessions", "history"])
        #expect(items[0].description == "your progress database: 1 session, 0 shifts and your resilience plan")
        #expect(items[1].description == "1 saved session file (transcripts and debriefs)")
        #expect(try deletion.delete(items) == items)
        #expect(deletion.items().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).isEmpty)
    }

    @Test func aCorruptDatabaseIsWarnedAboutOnceAndRecordingGoesOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("progress.sqlite").path
        try String(repeating: "garbage ", count: 100).write(toFile: path, atomically: true, encoding: .utf8)
        var warnings: [String] = []
        let recorder = ProgressRecorder(path: path) { warnings.append($0) }
        #expect(recorder.store == nil)
        #expect(recorder.store == nil)
        #expect(warnings.count == 1)
        #expect(warnings[0].hasPrefix("warning: \(path): not a Rapport progress database, or damaged. Move the file aside"))
        #expect(warnings[0].hasSuffix("(progress is not being saved; the call goes on)"))
    }

    @Test func progressErrorsAreExplainedWithAUsageStatus() {
        let newer = ErrorPresenter.present(ProgressError.newerVersion(path: "/d/progress.sqlite", unknownMigrations: ["v9-x"]))
        #expect(newer.status == .usage)
        #expect(newer.message == "error: /d/progress.sqlite was written by a newer version of Rapport (changes this version does not know: v9-x). Update Rapport to use it; this version leaves it untouched.")
        #expect(ErrorPresenter.present(ProgressError.io(path: "/x", reason: "disk full")).message == "error: /x: disk full")
    }

    @Test func theProgressReportShowsSkillsScenariosOutcomesShiftsAndThePlan() {
        var second = sampleEntry(empathy: 80, at: 100)
        second.shiftID = 1
        let sessions = [sampleEntry(empathy: 40), second]
        var shift = ShiftEntry(startedAt: Date(timeIntervalSince1970: 1_767_258_000), seed: 1, plannedCalls: 5, mode: "coach")
        shift.flags = [FadingFlag(kind: .shorterReplies, evidence: "3 words per reply in the last call vs 12 in the first two calls")]
        shift.endedEarly = true
        let detail = ShiftDetail(shift: shift, calls: [second], checkIns: [],
                                 tools: [ToolUseEntry(shiftID: 1, afterCall: 1, tool: .reflection, completed: true, text: "Ask first.")])
        let lines = ProgressRenderer(glyphs: .unicode, unicode: true)
            .render(ProgressSummary(sessions: sessions, knownOutcomes: ["why-empathy", "self-care"]), sessions: sessions, shifts: [detail],
                    plan: ResiliencePlan(tools: [.breathing]))
            .map { String(repeating: " ", count: $0.indent) + $0.text.plain }
        #expect(lines[0] == "Your progress — 2 sessions since 2026-01-01, 1 shift")
        #expect(lines.contains("  acknowledge  ▃▆  best 80/45  latest 80/45  (2)"))
        #expect(lines.contains("  ✓ why-empathy  2 sessions"))
        #expect(lines.contains("  · self-care    not yet"))
        #expect(lines.contains("  2026-01-01 09:00 UTC  ▆  1 of 5 calls, ended early, not finished"))
        #expect(lines.contains("    ✗ Replies got shorter: 3 words per reply in the last call vs 12 in the first two calls"))
        #expect(lines.contains("    note: “Ask first.”"))
        #expect(lines.contains("  Recovery tools: breathing"))
    }

    func sampleEntry(empathy: Int = 60, at seconds: TimeInterval = 0) -> SessionEntry {
        SessionEntry(scenarioID: "double-charge", title: "Charged twice", difficulty: 2, skills: ["acknowledge", "outcome:why-empathy"],
                     startedAt: Date(timeIntervalSince1970: 1_767_258_000 + seconds), endedAt: Date(timeIntervalSince1970: 1_767_258_300 + seconds),
                     empathy: empathy, resolution: 45, outcome: "resolved", turnEmpathy: [empathy], wordsPerReply: 8, harmfulReplies: 0,
                     mode: "coach", seed: 1)
    }
}
