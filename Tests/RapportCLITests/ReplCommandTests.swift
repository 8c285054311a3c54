import Foundation
import Testing
@testable import RapportCLI
import RapportCore
import RapportEngine

/// The REPL's `:commands`, driven by scripted input.
@Suite struct ReplCommandTests {
    @Test func helpListsEveryCommand() throws {
        let out = try ReplHarness(lines: [":help"]).run()
        for command in ReplCommand.allCases { #expect(out.contains("  \(command.typed) ")) }
        #expect(out.contains("Ctrl-C cancels the line"))
    }

    @Test func hintMoodGoalsAndTranscriptDescribeTheCallSoFar() throws {
        let out = try ReplHarness(lines: [":hint", "I'm so sorry, that sounds really stressful.", ":mood", ":goals", ":transcript"]).run()
        #expect(out.contains("hint: Dana is upset — acknowledge how they feel before fixing anything"))
        #expect(out.contains("Dana is "))
        #expect(out.contains("Mood so far: ▂"))
        #expect(out.contains("Goals for this call:"))
        #expect(out.contains("  ✓ Acknowledge how stressful this is before fixing it"))
        #expect(out.contains("  · Confirm which order and which charges (required)"))
        #expect(out.contains("you: I'm so sorry, that sounds really stressful."))
    }

    @Test func stateShowsPersonaStoryGoalsAndWhatTheScriptPrinted() throws {
        let path = try writeScenario(parcelScenario.replacingOccurrences(of: "return \"Line \"", with: "print(\"debug: turn \" .. turn.number); return \"Line \""))
        let out = try ReplHarness(lines: ["Hello.", ":state"], path: path).run()
        #expect(out.contains("State of parcel (\(path), seed 1) — turn 1 of"))
        #expect(out.contains("persona  mood "))
        #expect(out.contains("goals    · sorry (required)"))
        #expect(out.contains("turns    1: mood "))
        #expect(out.contains("printed  turn 1: debug: turn 1"))
    }

    @Test func quitByUniquePrefixEndsWithTheDebrief() throws {
        let harness = try ReplHarness(lines: ["Hello.", ":q", "not read"])
        let out = try harness.run()
        #expect(out.contains("Debrief — "))
        #expect(harness.repl.session.transcript.turns.count == 1)
    }

    @Test func reloadReplaysTheRepliesIntoTheEditedFile() throws {
        let path = try writeScenario(parcelScenario)
        // The file is edited after the REPL loaded it and before :reload.
        let editing = try ReplHarness([.line("Hello."), .line(":reload"), .line("Still there?")], path: path)
        try parcelScenario.replacingOccurrences(of: "\"Line \"", with: "\"Edited \"").write(toFile: path, atomically: true, encoding: .utf8)
        let out = try editing.run()
        #expect(out.contains("Reloaded \(path) and replayed 1 reply."))
        #expect(out.contains("Edited 1."))
        #expect(out.contains("Edited 2."))
        #expect(!out.contains("\n\n\n"))  // one blank line before the next prompt, not two
        #expect(editing.repl.session.transcript.turns.map(\.reply) == ["Hello.", "Still there?"])
        // The live log was rewritten from the replayed call.
        let log = try String(contentsOf: editing.folder.appendingPathComponent(try editing.files().first { $0.hasSuffix(".jsonl") }!), encoding: .utf8)
        #expect(log.contains("\"customerLine\":\"Edited 1.\""))
        #expect(!log.contains("\"customerLine\":\"Line 1.\""))
    }

    @Test func aReplayedTurnWhoseScriptFailsIsReportedWithFileAndLine() throws {
        let path = try writeScenario(parcelScenario)
        let harness = try ReplHarness([.line("Hello."), .line(":reload")], path: path)
        try parcelScenario.replacingOccurrences(of: "return \"Line \" .. turn.number", with: "return \"Line \" .. nil")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let out = try harness.run()
        #expect(out.contains("The script failed on turn 1."))
        #expect(out.contains("  \(path):10: attempt to concatenate a nil value"))
        #expect(harness.repl.session.transcript.turns.map(\.reply) == ["Hello."])
    }

    @Test func aReloadThatDoesNotLoadShowsFileAndLineAndKeepsTheCall() throws {
        let path = try writeScenario(parcelScenario)
        let harness = try ReplHarness([.line("Hello."), .line(":reload"), .line("Still there?")], path: path)
        try "return scenario {\n  api_version = 1,\n  id = = 1\n}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let out = try harness.run()
        #expect(out.contains("The scenario file does not load; the current call goes on unchanged:"))
        #expect(out.contains("\(path):3: error:"))
        #expect(!out.contains("\n\n\n"))
        #expect(out.contains("Line 2."))
        #expect(harness.repl.session.transcript.turns.count == 2)
    }

    @Test func restartStartsOverAndSavesTheAbandonedAttempt() throws {
        let harness = try ReplHarness(lines: ["Hello.", ":restart", "I'm so sorry."])
        let out = try harness.run()
        #expect(out.contains("Restarting the call."))
        #expect(!out.contains("\n\n\n"))  // one blank line before the next prompt, not two
        #expect(harness.repl.session.transcript.turns.map(\.reply) == ["I'm so sorry."])
        let files = try harness.files()
        #expect(files.filter { $0.hasSuffix(".md") }.count == 2)
        #expect(files.filter { $0.hasSuffix(".jsonl") }.count == 2)
        #expect(harness.repl.savedDebriefs.count == 2)
    }
}
