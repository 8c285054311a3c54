import Foundation
import Testing
@testable import RapportCLI
import RapportCore
import RapportProgress

/// `rapport shift` driven by scripted input: calls, check-ins, tools, the summary and what is stored.
@Suite struct ShiftTests {
    let warm = "I'm so sorry, that sounds really stressful. What happened?"

    @Test func theLineupRisesToTheHardestCallInTheMiddle() throws {
        let harness = try ShiftHarness([])
        let ids = harness.runner.lineup.map { ($0 as NSString).lastPathComponent }
        #expect(ids.count == 5)
        #expect(ids[2] == "level-5.lua")
        #expect(Set(ids).count == 5)
        #expect(ids[0] == "level-1.lua" || ids[4] == "level-1.lua")
    }

    @Test func aFullShiftWithCheckInsAToolAndEndOfInputInTheLastCall() throws {
        let harness = try ShiftHarness([
            warm, ":quit",                       // call 1
            "4", "2", "2", "4",                  // irritable and drained: breathing
            warm, ":quit",                       // call 2: a repeated reply
            "1", "1", "5", "",                   // detached: reframing
            "Maybe someone at home is ill.",
            "ok", ":quit",                       // call 3: short and cold
            "", "", "", "",                      // all skipped; falling empathy calls for reframing
            "Stressed about something at home?",
            "Sorry.", ":quit",                   // call 4
            "2", "2", "2", "2",                  // calm, and the falling-empathy flag was answered after call 3: no tool
            "fine",                              // call 5, then end of input
        ])
        let out = try harness.run()
        #expect(out.contains("Shift: 5 calls"))
        #expect(out.contains("No resilience plan yet."))
        for number in 1...5 { #expect(out.contains("Call \(number) of 5")) }
        #expect(out.components(separatedBy: "Check-in — about 20 seconds").count == 5)
        #expect(out.contains("A self-reflection, not a clinical test."))
        // Breathing after call 1, without waiting: 3 cycles of 4 + 6 seconds.
        #expect(out.contains("a paced-breathing timer (in 4 s, out 6 s) (suggested by your check-in and your scores)"))
        #expect(out.contains("Breathe in — cycle 1 of 3, 4 seconds"))
        #expect(!out.contains("Press Enter to stop"))  // scripted input is not read during the timer
        #expect(out.contains("Done: 3 slow breaths."))
        #expect(harness.pacer.seconds == 30)
        // Reframing after call 2: the answer, then the story the customer told.
        #expect(out.contains("story> Maybe someone at home is ill."))
        #expect(out.contains("told you:"))
        #expect(out.contains("mother is in hospital."))
        // The summary.
        #expect(out.contains("Shift summary — 5 of 5 calls\n"))
        #expect(out.contains("#  Scenario"))
        #expect(out.contains("Empathy per call"))
        #expect(out.contains("Fading signs"))
        #expect(out.contains("Empathy fell: last call"))
        #expect(out.contains("Check-ins (1 = not at all, 5 = very much; · skipped)"))
        #expect(out.contains("irritability                 4        1        ·        2"))
        #expect(out.contains("after call 1: breathing (done)"))
        #expect(out.contains("after call 2: reframing (done) — “Maybe someone at home is ill.”"))
        #expect(out.contains("not a clinical assessment"))
        #expect(!out.contains("Add breathing to your resilience plan?"))  // input ended: no more questions

        let detail = try #require(try harness.store.shifts().first)
        #expect(detail.shift.endedAt != nil)
        #expect(detail.shift.endedEarly == false)
        #expect(detail.shift.plannedCalls == 5)
        #expect(detail.calls.map(\.callNumber) == [1, 2, 3, 4, 5])
        #expect(detail.calls.map(\.scenarioID) == harness.runner.lineup.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension })
        #expect(detail.checkIns.count == 4)
        #expect(detail.checkIns[0].checkIn.ratings == [.irritability: 4, .concentration: 2, .detachment: 2, .drained: 4])
        #expect(detail.checkIns[2].checkIn.isSkipped)
        #expect(detail.tools.map(\.tool) == [.breathing, .reframing, .reframing])
        #expect(detail.tools.map(\.completed) == [true, true, true])
        #expect(detail.tools[2].text == "Stressed about something at home?")
        #expect(detail.shift.flags.map(\.kind).contains(.empathyFalling))
        #expect(try harness.store.sessions().count == 5)
    }

    @Test func qAtACheckInEndsTheShiftEarlyButItIsSavedAndSummarised() throws {
        let harness = try ShiftHarness([warm, ":quit", "3", "q", "never read"])
        let out = try harness.run()
        #expect(out.contains("You ended the shift."))
        #expect(out.contains("Shift summary — 1 of 5 calls, ended early"))
        #expect(out.contains("Too few calls to see a trend."))
        #expect(!out.contains("Call 2 of 5"))
        #expect(!out.contains("never read"))
        let detail = try #require(try harness.store.shifts().first)
        #expect(detail.shift.endedEarly)
        #expect(detail.calls.count == 1)
        #expect(detail.checkIns.map(\.checkIn) == [CheckIn(afterCall: 1, ratings: [.irritability: 3])])
    }

    @Test func endOfInputMidCallEndsTheShiftWithTheCallSaved() throws {
        let harness = try ShiftHarness([warm, ":quit", "", "", "", "", warm])
        let out = try harness.run()
        #expect(out.contains("Call 2 of 5"))
        #expect(out.contains("You ended the call."))
        #expect(out.contains("Shift summary — 2 of 5 calls, ended early"))
        #expect(!out.contains("Check-in (1"))
        let detail = try #require(try harness.store.shifts().first)
        #expect(detail.shift.endedEarly)
        #expect(detail.calls.count == 2)
        #expect(detail.calls[1].turnEmpathy.count == 1)
        #expect(detail.checkIns.count == 1 && detail.checkIns[0].checkIn.isSkipped)
    }

    @Test func endOfInputMidCheckInKeepsTheAnswersGiven() throws {
        let harness = try ShiftHarness([warm, ":quit", "2", "5"])
        let out = try harness.run()
        #expect(out.contains("Input ended: the shift ends here."))
        #expect(out.contains("Shift summary — 1 of 5 calls, ended early"))
        let detail = try #require(try harness.store.shifts().first)
        #expect(detail.checkIns.map(\.checkIn) == [CheckIn(afterCall: 1, ratings: [.irritability: 2, .concentration: 5])])
    }

    @Test func aBadRatingIsAskedAgainAndEnterSkipsTheBreathingOffer() throws {
        let pacer = CountingPacer(stopAfter: 3)
        let harness = try ShiftHarness([warm, ":quit", "seven", "5", "", "", "", warm, ":quit", "q"], calls: 3, pacer: pacer)
        let out = try harness.run()
        #expect(out.contains("Type a number from 1 to 5, press Enter to skip, or q to end the shift."))
        #expect(out.contains("Stopped. That's fine — even one slow breath helps."))
        #expect(pacer.calls == 3)
        let detail = try #require(try harness.store.shifts().first)
        #expect(detail.checkIns.first?.checkIn.ratings == [.irritability: 5])
        #expect(detail.tools.map(\.completed) == [false])
    }

    @Test func thePlanIsShownAtTheStartPreferredAndOfferedUpdatesAtTheEnd() throws {
        let store = try ProgressStore(path: FileManager.default.temporaryDirectory.appendingPathComponent("rapport-plan-\(UUID().uuidString)/p.sqlite").path)
        try store.save(ResiliencePlan(tools: [.reflection], note: "Stretch."))
        // Irritability rated high would mean breathing; the plan prefers a reflection note.
        let harness = try ShiftHarness([warm, ":quit", "5", "", "", "", "Breathe before answering.", warm, ":quit", "y"], calls: 2, store: store)
        let out = try harness.run()
        #expect(out.contains("Your resilience plan\n  Warning signs to watch: none chosen yet\n  Recovery tools: reflection\n  Note to self: “Stretch.”"))
        #expect(out.contains("a one-line reflection note (from your resilience plan)"))
        #expect(out.contains("note> Breathe before answering."))
        #expect(out.contains("Add irritability to the warning signs you watch for? [y/N] y"))
        #expect(out.contains("Your resilience plan was updated"))
        #expect(try store.plan() == ResiliencePlan(tools: [.reflection], signs: [.irritability], note: "Stretch."))
        #expect(harness.pacer.calls == 0)
    }

    @Test func aToolThatWasUsedCanBeAddedToThePlanAtTheEnd() throws {
        let harness = try ShiftHarness([warm, ":quit", "5", "", "", "", warm, ":quit", "y", "n"], calls: 2)
        let out = try harness.run()
        #expect(out.contains("Add breathing to your resilience plan? [y/N] y"))
        #expect(out.contains("Add irritability to the warning signs you watch for? [y/N] n"))
        #expect(try harness.store.plan() == ResiliencePlan(tools: [.breathing]))
        #expect(harness.pacer.seconds == 30)
    }

    @Test func theSummaryRendersInASCIIWhenTheTerminalIsNotUTF8() throws {
        let harness = try ShiftHarness([warm, ":quit", "", "", "", "", "ok"], calls: 2,
                                       profile: TerminalProfile(color: false, unicode: false, columns: nil))
        let out = try harness.run()
        let summary = String(out[out.range(of: "Shift summary")!.lowerBound...])
        #expect(summary.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(summary.contains("#####"))
    }
}
