import Foundation
import Testing
import LuaBridge
import RapportCore
@testable import RapportEngine

@Suite struct SessionTests {
    func session(_ source: String = minimalScenario, seed: UInt64 = 1) throws -> Session {
        Session(runtime: try loadScenario(source), analyzer: MarkerAnalyzer(), seed: seed)
    }

    @Test func minimalScenarioResolvesOnDefaults() throws {
        let s = try session()
        #expect(try s.start() == "My parcel never came.")
        let first = try s.reply("Okay.")
        #expect(first.outcome == nil)
        #expect(!first.record.customerLine.isEmpty)
        let second = try s.reply("I'm so sorry, that sounds frustrating.")
        #expect(second.record.events.contains(.goalMet("sorry")))
        #expect(second.outcome == .resolved)
        #expect(s.isOver)
        #expect(throws: SessionError.callEnded) { try s.reply("hello?") }
    }

    @Test func harmfulRepliesUseUpPatienceAndTheCustomerHangsUp() throws {
        let s = try session()
        _ = try s.start()
        let first = try s.reply("Calm down.")
        #expect(first.record.after.mood < first.record.before.mood)
        #expect(first.record.after.patience == 1)
        let second = try s.reply("That's our policy.")
        #expect(second.outcome == .abandoned)
    }

    @Test func scriptErrorInRespondKeepsTheReplyAndTheSession() throws {
        let source = minimalScenario.replacingOccurrences(of: "opening =", with: """
            respond = function(turn, customer)
                if turn.number == 1 then local t = nil; return t.boom end
                return "Still here."
              end,
              opening =
            """)
        let s = try session(source)
        _ = try s.start()
        let broken = try s.reply("Hello there")
        #expect(broken.scriptError != nil)
        #expect(broken.scriptError?.location?.file == "test.lua")
        #expect(broken.scriptError?.location?.line == 7)
        #expect(broken.record.reply == "Hello there")
        #expect(s.transcript.turns.count == 1)
        let next = try s.reply("Are you still there?")
        #expect(next.record.customerLine == "Still here.")
        #expect(s.transcript.turns.map(\.reply) == ["Hello there", "Are you still there?"])
    }

    @Test func aTurnWhoseScriptFailsCostsTheTraineeNothing() throws {
        // The default reaction to a harmful reply runs before `respond`; when `respond` then fails, the fall in
        // mood and patience is set back: a broken script must not use up the customer's patience.
        let source = minimalScenario.replacingOccurrences(of: "opening =", with: """
            respond = function(turn, customer) error("scenario bug") end,
              opening =
            """)
        let s = try session(source)
        _ = try s.start()
        let before = s.state
        for _ in 0..<3 {
            let broken = try s.reply("Calm down.")
            #expect(broken.scriptError != nil)
            #expect(broken.outcome == nil)
        }
        #expect(s.state.mood == before.mood)
        #expect(s.state.patience == before.patience)
        #expect(!s.isOver)
        #expect(s.transcript.turns.count == 3)
    }

    @Test func infiniteLoopInRespondIsStoppedAndTheHostLives() throws {
        let source = minimalScenario.replacingOccurrences(of: "opening =", with: "respond = function() while true do end end,\n  opening =")
        let runtime = try ScenarioRuntime.load(source: source, path: "loop.lua", limits: LuaLimits(timeoutSeconds: 0.2)).get()
        let s = Session(runtime: runtime, analyzer: MarkerAnalyzer(), seed: 1)
        _ = try s.start()
        let result = try s.reply("hello")
        guard case .timeout = result.scriptError else { Issue.record("expected a timeout, got \(String(describing: result.scriptError))"); return }
        #expect(s.transcript.turns.first?.reply == "hello")
    }

    @Test func memoryBombInRespondIsNamedByItsFile() throws {
        // Lua gives no place for running out of memory; the trainee still sees which file failed, not "scenario".
        let source = minimalScenario.replacingOccurrences(of: "opening =", with: """
            respond = function() local t = {} for i = 1, 1e8 do t[i] = string.rep("x", 100) .. i end end,
              opening =
            """)
        let runtime = try ScenarioRuntime.load(source: source, path: "Scenarios/bomb.lua").get()
        let s = Session(runtime: runtime, analyzer: MarkerAnalyzer(), seed: 1)
        _ = try s.start()
        let result = try s.reply("hello")
        guard case .memory = result.scriptError else { Issue.record("expected a memory error, got \(String(describing: result.scriptError))"); return }
        #expect(result.scriptProblem?.file == "Scenarios/bomb.lua")
        // The line of the respond function that ran out, though Lua's own error gives none.
        #expect(result.scriptProblem?.line == 6)
        #expect(s.transcript.turns.first?.reply == "hello")
    }

    @Test func tooLongRepliesAreRefusedAndNothingChanges() throws {
        let s = try session()
        _ = try s.start()
        let long = String(repeating: "x", count: 1 << 20)
        #expect(throws: SessionError.replyTooLong(length: 1 << 20, limit: Session.maximumReplyLength)) { try s.reply(long) }
        #expect(s.transcript.turns.isEmpty)
    }

    @Test func sameSeedAndRepliesReplayByteForByte() throws {
        let path = repositoryRoot + "/Scenarios/double-charge.lua"
        let replies = ["Hi.", "I'm sorry, what happened?", "That sounds hard. Let me check your account.", "I'll refund it.", "Calm down."]
        func play(seed: UInt64) throws -> Data {
            let s = Session(runtime: try ScenarioRuntime.load(path: path, seed: seed).get(), analyzer: MarkerAnalyzer(), seed: seed)
            _ = try s.start()
            for reply in replies where !s.isOver { _ = try s.reply(reply) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return try encoder.encode(s.transcript)
        }
        #expect(try play(seed: 9) == play(seed: 9))
        let openings = Set(try (1...8).map { (n: Int) -> String in
            let seed = UInt64(n)
            let s = Session(runtime: try ScenarioRuntime.load(path: path, seed: seed).get(), analyzer: MarkerAnalyzer(), seed: seed)
            return try s.start()
        })
        #expect(openings.count == 2)
    }

    /// The explorer's sessions do not keep their turns in the transcript: the turns themselves, their numbers and
    /// the outcome are the same, forked from saved copies or not.
    @Test func aSessionThatKeepsNoTurnsPlaysTheSameTurns() throws {
        let path = repositoryRoot + "/Scenarios/double-charge.lua"
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let replies = ["Hi.", "I'm sorry, what happened?", "That sounds hard. Let me check your account.", "I'll refund it.", "Calm down."]
        func play(keeping: Bool) throws -> [String] {
            let s = Session(runtime: try ScenarioRuntime.load(source: source, path: path, seed: 3, snapshots: true).get(),
                            analyzer: MarkerAnalyzer(), seed: 3)
            s.keepsTurns = keeping
            _ = try s.start()
            let saved = try #require(s.snapshot())
            var seen: [String] = []
            for round in 0..<2 {
                if round == 1 { #expect(s.restore(saved)) }
                for reply in replies where !s.isOver {
                    let result = try s.reply(reply)
                    seen.append("\(result.record.number) \(result.record.customerLine) \(result.record.after) \(String(describing: result.outcome))")
                }
            }
            #expect(s.transcript.turns.count == (keeping ? seen.count / 2 : 0))
            return seen
        }
        #expect(try play(keeping: false) == play(keeping: true))
    }

    @Test func storyPartsUnlockAndGoalsRespectOrder() throws {
        let path = repositoryRoot + "/Scenarios/double-charge.lua"
        let s = Session(runtime: try ScenarioRuntime.load(path: path).get(), analyzer: MarkerAnalyzer(), seed: 3)
        _ = try s.start()
        let early = try s.reply("I can refund that.")
        #expect(!early.record.after.met.contains("refund"))  // refund comes after verify
        let warm = try s.reply("I'm so sorry, that sounds awful.")
        #expect(warm.record.events.contains(.revealed("rent")))
        #expect(warm.record.customerLine.contains("rent bounced"))
        let verify = try s.reply("Let me check your account.")
        #expect(verify.record.after.met.contains("verify"))
        #expect(!verify.record.after.revealed.contains("landlord"))
    }
}

/// The customer's line for `reply` when the minimal scenario's `respond` is `respond` (the body of a function of
/// `turn`), or "error: " and the message when the script fails.
func customerLine(for reply: String, respond: String) throws -> String {
    let runtime = try loadScenario(scenarioWith("  respond = function(turn) \(respond) end,"))
    let session = Session(runtime: runtime, analyzer: MarkerAnalyzer(), seed: 1)
    _ = try session.start()
    let result = try session.reply(reply)
    return result.scriptError.map { "error: \($0.message)" } ?? result.record.customerLine
}

/// turn:mentions answers as the plain Lua loop did, and raises the same errors for lists it cannot take.
@Suite struct MentionsTests {
    func line(for reply: String, respond: String) throws -> String {
        try customerLine(for: reply, respond: respond)
    }

    @Test func phrasesListsAndOtherValues() throws {
        let respond = """
            return tostring(turn:mentions('REFUND')) .. ' ' .. tostring(turn:mentions({ 'x', 'Card' })) .. ' '
              .. tostring(turn:mentions({ 'x' }, 'nope', 12)) .. ' ' .. tostring(rapport.mentions('Order 12', { 12 }))
              .. ' ' .. tostring(turn:mentions(setmetatable({}, { __index = function(_, i) if i == 1 then return 'card' end end })))
            """
        #expect(try line(for: "Refund my card 12", respond: respond) == "true true true true true")
        #expect(try line(for: "hello", respond: respond) == "false false false true false")
    }

    @Test func aListWithATableInItFailsAsBefore() throws {
        let text = try line(for: "hello", respond: "return tostring(turn:mentions({ 'x', {} }))")
        #expect(text.hasPrefix("error: "))
        #expect(text.contains("bad argument #1 to 'lower'"))
    }
}

/// turn:names_a_time() and rapport.names_a_time(text) answer as RapportCore's ConcreteTime does, read nil and numbers
/// as naming no time (as rapport.mentions reads them), and raise a catchable Lua error for other values.
@Suite struct NamesATimeTests {
    func line(for reply: String, respond: String) throws -> String {
        try customerLine(for: reply, respond: respond)
    }

    @Test func theTurnAndAnyText() throws {
        let respond = """
            return tostring(turn:names_a_time()) .. ' ' .. tostring(rapport.names_a_time('by 3 working days')) .. ' '
              .. tostring(rapport.names_a_time('I will call you at 4 today')) .. ' ' .. tostring(rapport.names_a_time(nil))
              .. ' ' .. tostring(rapport.names_a_time(12))
            """
        #expect(try line(for: "I'll ring you back by 3.", respond: respond) == "true false true false false")
        #expect(try line(for: "Someone will call you within 24 hours.", respond: respond) == "false false true false false")
    }

    @Test func aGoalCanAskForATime() throws {
        let source = minimalScenario.replacingOccurrences(of: "techniques = { \"apology\" }",
                                                          with: "when = function(turn) return turn:names_a_time() end")
        let session = Session(runtime: try loadScenario(source), analyzer: MarkerAnalyzer(), seed: 1)
        _ = try session.start()
        #expect(try session.reply("We'll look into it as soon as possible.").outcome == nil)
        let timed = try session.reply("I'll call you back at four o'clock with the tracking.")
        #expect(timed.record.events.contains(.goalMet("sorry")))
        #expect(timed.outcome == .resolved)
    }

    @Test func aValueThatIsNotTextIsABadArgument() throws {
        let text = try line(for: "hello", respond: "return tostring(rapport.names_a_time({}))")
        #expect(text == "error: bad argument #1 to 'names_a_time' (string expected, got table)")
        let caught = try line(for: "hello", respond: """
            local ok, err = pcall(rapport.names_a_time, true) return tostring(ok) .. ' ' .. err
            """)
        #expect(caught == "false bad argument #1 to 'names_a_time' (string expected, got boolean)")
    }

    @Test func theErrorNamesTheScriptsLine() throws {
        let runtime = try loadScenario(scenarioWith("  respond = function(turn) return tostring(rapport.names_a_time(turn)) end,"))
        let session = Session(runtime: runtime, analyzer: MarkerAnalyzer(), seed: 1)
        _ = try session.start()
        let broken = try session.reply("at 3pm")
        #expect(broken.scriptError?.location?.file == "test.lua")
        #expect(broken.scriptError?.location?.line == 8)
        // The session goes on after the script's error.
        #expect(try session.reply("I'm sorry, I'll call you at 3pm.").scriptError != nil)
        #expect(session.state.met.contains("sorry"))
    }
}
