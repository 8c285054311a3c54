import Foundation
import Testing
@testable import RapportCLI
import RapportCore
import RapportEngine

/// The REPL driven by scripted input, asserting what a trainee would see.
@Suite struct ReplTests {
    @Test func coachModeShowsTheCustomerFeedbackAndTheDebrief() throws {
        let harness = try ReplHarness(lines: ["Hello.", "I'm so sorry, that sounds really stressful. What happened?"])
        let out = try harness.run()
        #expect(out.contains("Charged twice, rent bounced"))
        #expect(out.contains("Dana \u{1F621} furious ▂"))  // name, face, word, trend
        #expect(out.contains("you> Hello."))
        #expect(out.contains("▸ 20/100 · no empathy techniques found"))
        #expect(out.contains("apology “sorry”"))  // technique with the trainee's words
        #expect(out.contains("✓ goal met: Acknowledge how stressful this is before fixing it"))
        #expect(out.contains("tip: Dana is still upset — acknowledge"))
        #expect(out.contains("You ended the call."))
        #expect(out.contains("Call ended: unresolved"))
        for heading in ["Debrief — Charged twice, rent bounced", "Empathy     ", "Resolution  ", "Mood        ", "What worked",
                        "Missed opportunities", "Dana's story", "Why the scores", "Model replies"] {
            #expect(out.contains(heading), "missing \(heading)")
        }
        #expect(out.contains("turn 1: “Hello.” — Dana was upset"))
        #expect(!out.contains("\u{1B}"))
    }

    @Test func theDebriefSaysWhichGoalAnotherWaitedFor() throws {
        let path = try writeScenario("""
        return scenario {
          api_version = 1, id = "ordered", title = "Ordered goals",
          persona = { name = "Sam", mood = -60, patience = 6 },
          opening = "My parcel never came.",
          goals = {
            { id = "sorry", description = "Apologise for the lost parcel", techniques = { "apology" }, required = true },
            { id = "own", description = "Take it on yourself", techniques = { "ownership" }, after = "sorry", required = true },
            { id = "time", description = "Give a time", phrases = { "by noon" }, after = "sorry" },
          },
        }
        """)
        let harness = try ReplHarness(lines: ["I'll take care of this for you."], path: path)
        let out = try harness.run()
        // The reply took ownership, but it cannot count before the apology: the debrief says so.
        #expect(out.contains("✗ Take it on yourself (required) — counts once the goal above is met"))
        #expect(out.contains("✗ Give a time — counts only after: apologise for the lost parcel"))
        #expect(!out.contains("✗ Apologise for the lost parcel (required) —"))
        let files = try harness.files()
        let markdown = try String(contentsOf: harness.folder.appendingPathComponent(files.first { $0.hasSuffix(".md") }!), encoding: .utf8)
        #expect(markdown.contains("- [ ] Take it on yourself (required) — counts once the goal above is met"))
    }

    @Test func withNoReplyAtSixtyTheDebriefShowsTheClosest() throws {
        let harness = try ReplHarness(lines: ["Hello.", "That sounds really stressful."])
        let out = try harness.run()
        #expect(out.contains("No reply scored 60 or more this time."))
        #expect(out.contains("closest: turn 2: “That sounds really stressful.” — reflect feeling"))
        #expect(out.contains("would take it higher"))
    }

    @Test func theSessionIsSavedAsJSONLinesJSONAndMarkdown() throws {
        let harness = try ReplHarness(lines: ["Hello.", "I'm sorry this happened."])
        let out = try harness.run()
        let files = try harness.files()
        #expect(files.count == 3)
        #expect(files.filter { $0.hasSuffix(".jsonl") }.count == 1)
        let base = harness.folder.appendingPathComponent(String(files[0].prefix { $0 != "." }))
        let log = try String(contentsOf: base.appendingPathExtension("jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(log.count == 4)  // header, two turns, outcome
        let markdown = try String(contentsOf: base.appendingPathExtension("md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# Debrief — Charged twice, rent bounced"))
        #expect(markdown.contains("**You:** I'm sorry this happened."))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: base.appendingPathExtension("json"))) as? [String: Any]
        #expect((json?["debrief"] as? [String: Any])?["outcome"] as? String == "unresolved")
        #expect(((json?["transcript"] as? [String: Any])?["turns"] as? [Any])?.count == 2)
        #expect(out.contains("Saved: \(base.path).md"))
    }

    @Test func examModeKeepsFeedbackAndHintsForTheDebrief() throws {
        let out = try ReplHarness(lines: ["Hello.", ":hint", "I'm so sorry, that sounds stressful."], mode: .exam).run()
        #expect(!out.contains("▸ "))
        #expect(!out.contains("tip:"))
        #expect(out.contains("No hints in exam mode"))
        #expect(out.contains("Turn by turn"))
        #expect(out.contains("1  20  “Hello.”"))
        #expect(out.contains("exam mode"))
    }

    @Test func ctrlCCancelsTheLineAndExplainsHowToLeaveOnce() throws {
        let harness = try ReplHarness([.cancelled, .cancelled, .line("Hello."), .line(":quit"), .line("never read")])
        let out = try harness.run()
        #expect(out.components(separatedBy: "(Line cancelled. To end the call, type :quit or press Ctrl-D.)").count == 2)
        #expect(out.contains("you> Hello."))
        #expect(!out.contains("never read"))
        #expect(harness.reader.history == ["Hello.", ":quit"])
    }

    @Test func quittingBeforeAnyReplyShowsNoEmpathyScore() throws {
        let harness = try ReplHarness(lines: [":quit"])
        let out = try harness.run()
        #expect(out.contains("Empathy     — (no replies)\n"))
        #expect(!out.contains("Empathy     0/100"))
        let markdown = try String(contentsOf: harness.folder.appendingPathComponent(try harness.files().first { $0.hasSuffix(".md") }!), encoding: .utf8)
        #expect(markdown.contains("- Empathy: — (no replies) · Resolution: **5/100**"))
    }

    @Test func anOpeningThatFailsLeavesNoEmptySessionFile() throws {
        let path = try writeScenario(parcelScenario.replacingOccurrences(of: "  respond = function", with: "  setup = function() local t = nil; return t.x end,\n  respond = function"))
        let harness = try ReplHarness(lines: ["Hello."], path: path)
        #expect(throws: DiagnosticsError.self) { try harness.repl.run() }
        #expect(((try? harness.files()) ?? []).isEmpty)
    }

    @Test func aRefusedOverlongReplyIsNotKeptInTheHistory() throws {
        let pasted = String(repeating: "sorry ", count: 200_000)
        let harness = try ReplHarness(lines: [pasted, "Hello."])
        let out = try harness.run()
        #expect(out.contains("the limit is 4000. Nothing was sent"))
        #expect(harness.repl.session.transcript.turns.map(\.reply) == ["Hello."])
        #expect(harness.reader.history == ["Hello."])  // the arrow keys would otherwise recall a 1.2 MB line
    }

    @Test func emptyLinesSendNothingAndColonWordsThatAreNotCommandsAreReplies() throws {
        let harness = try ReplHarness(lines: ["", "   ", ":)", ":nope"])
        let out = try harness.run()
        #expect(harness.repl.session.transcript.turns.map(\.reply) == [":)"])
        #expect(out.contains("Unknown command :nope — :help lists the commands."))
    }

    @Test func colourHighlightsEvidenceAndTheMeterOnlyWhenAllowed() throws {
        let profile = TerminalProfile(color: true, unicode: true, columns: nil)
        let out = try ReplHarness(lines: ["I'm so sorry, that sounds really stressful."], profile: profile).run()
        #expect(out.contains("\u{1B}[1;32m“sorry”\u{1B}[0m"))  // evidence in bold green
        #expect(out.contains("\u{1B}[31mfurious\u{1B}[0m"))  // the mood word in red
    }

    @Test func asciiTerminalsGetNoUnicodeAtAll() throws {
        let profile = TerminalProfile(color: false, unicode: false, columns: nil)
        let out = try ReplHarness(lines: ["I'm so sorry, that sounds really stressful.", ":mood", ":goals"], profile: profile).run()
        #expect(out.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(out.contains("Dana [furious -65]"))
        #expect(out.contains("\"sorry\""))
        #expect(out.contains("Debrief -- Charged twice"))
    }

    @Test func narrowTerminalsGetWrappedLines() throws {
        let profile = TerminalProfile(color: false, unicode: true, columns: 32)
        let out = try ReplHarness(lines: ["I'm so sorry, that sounds really stressful. What happened?", ":state"], profile: profile).run()
        for line in out.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 32, "too wide: \(line)")
        }
        #expect(out.contains("  I was billed twice for one\n  order."))
    }

    @Test func aScriptFaultShowsFileAndLineAndTheCallGoesOn() throws {
        let path = try writeScenario(parcelScenario)
        let harness = try ReplHarness(lines: ["boom", "Are you there?"], path: path)
        let out = try harness.run()
        #expect(out.contains("The scenario script failed on this turn:"))
        #expect(out.contains("\(path):9:"))
        #expect(out.contains("Your reply was kept."))
        #expect(out.contains("Line 2."))
        #expect(harness.repl.session.transcript.turns.map(\.reply) == ["boom", "Are you there?"])
    }

    @Test func scenarioTextCannotSendEscapesEvenWithColourOn() throws {
        let path = try writeScenario(parcelScenario.replacingOccurrences(of: "\"My parcel never came.\"", with: "\"My \\27]0;pwned\\7parcel\\27[2J never came.\""))
        let out = try ReplHarness(lines: [], path: path, profile: TerminalProfile(color: true, unicode: true, columns: nil)).run()
        #expect(out.contains("My parcel never came."))
        #expect(!out.contains("\u{1B}]"))
        #expect(!out.contains("\u{1B}[2J"))
        #expect(!out.unicodeScalars.contains { $0.value == 0x07 })
    }
}
