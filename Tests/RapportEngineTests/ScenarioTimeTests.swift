import Testing
import RapportCore
@testable import RapportEngine

/// The shipped `late-callback` and `business-outage` scenarios each have a goal for a next step with a concrete time,
/// decided with `turn:names_a_time()` (RapportCore's `ConcreteTime`, tested on its own in RapportCoreTests) and each
/// scenario's own rules around it. A clock hour as people say it ("by 3", "at 4 today", "before 5 this afternoon")
/// counts; durations, dates and amounts ("within 3 working days", "in 48 hours", "by the 3rd", "at 5%") do not.
///
/// These tests reach the goal the way a trainee does: play the replies that meet the goals before the time goal, then
/// one reply with the time, and look at whether the time goal is met. The marker analyzer keeps the techniques fixed,
/// so only the engine's time test and the scenario's own rules decide.
@Suite struct ScenarioTimeTests {
    /// A shipped scenario, the replies that meet every goal before its time goal, and how a reply with a time reads.
    struct TimeGoal: CustomTestStringConvertible, Sendable {
        let file: String
        let goal: String
        let before: [String]
        let reply: @Sendable (String) -> String
        var testDescription: String { file }
    }

    static let lateCallback = TimeGoal(
        file: "late-callback.lua", goal: "concrete_next_step",
        before: ["I'm sorry nobody called you back.", "I'll make sure of it myself."],
        reply: { "I'll call you back \($0)." })

    static let businessOutage = TimeGoal(
        file: "business-outage.lua", goal: "timed_next_step",
        before: ["Let me check your line.", "Leave it with me."],
        reply: { "I've booked an engineer, with you \($0)." })

    /// Whether `scenario`'s time goal is met by its reply with `time` in it, after the replies that lead up to it.
    func meetsTimeGoal(_ scenario: TimeGoal, _ time: String) throws -> Bool {
        let path = repositoryRoot + "/Scenarios/" + scenario.file
        let session = Session(runtime: try ScenarioRuntime.load(path: path).get(), analyzer: MarkerAnalyzer(), seed: 1)
        _ = try session.start()
        for reply in scenario.before {
            let result = try session.reply(reply)
            #expect(result.scriptError == nil)
        }
        try #require(!session.isOver, "the call ended before the reply with the time")
        #expect(!session.state.met.contains(scenario.goal), "the time goal was met before the reply with the time")
        let result = try session.reply(scenario.reply(time))
        #expect(result.scriptError == nil)
        return result.record.after.met.contains(scenario.goal)
    }

    static let clockHours = [
        "by 3", "at 4 today", "before 5 this afternoon", "around 4", "at 3.30", "by 3, at the latest", "at 12 tomorrow",
        "BY 3", "at 9.45 tomorrow", "by 6 tonight",
        // What passed before stays passing.
        "by 3pm", "at 10:30", "at noon", "in 20 minutes", "at four o'clock",
        // What the engine's time test also takes, in both scenarios.
        "within the hour", "in half an hour", "by midday", "at four o\u{2019}clock", "in 15 mins",
    ]

    @Test(arguments: [lateCallback, businessOutage], clockHours)
    func aClockHourMeetsTheTimeGoal(scenario: TimeGoal, time: String) throws {
        #expect(try meetsTimeGoal(scenario, time), "'\(scenario.reply(time))' should name a time")
    }

    static let notTimes = [
        "within 3 working days", "in 48 hours", "within 24 hours", "by 3 working days", "at 2 days", "in 3 days",
        "by the 3rd", "by 3rd", "by 13", "by 24 hours", "at 5%", "at 5 per cent", "by 3 pounds", "by 1.5 days",
        "around 2 weeks", "by 3 business days", "soon", "as soon as we can", "this afternoon", "in the afternoon",
        "by end of day", "tomorrow", "by four",
    ]

    @Test(arguments: [lateCallback, businessOutage], notTimes)
    func aDurationOrAnAmountDoesNot(scenario: TimeGoal, time: String) throws {
        #expect(try !meetsTimeGoal(scenario, time), "'\(scenario.reply(time))' should not name a time")
    }

    /// Terry has heard "within 24 hours" three times: a reply that says it is an empty promise, whatever time it also
    /// names.
    @Test(arguments: ["by 3, within 24 hours at the latest", "at 4, or within 48 hours"])
    func lateCallbackNeverTakes24Or48Hours(time: String) throws {
        #expect(try !meetsTimeGoal(Self.lateCallback, time))
    }
}
