import LuaBridge
import RapportCore

extension Session {
    /// Lines used when a scenario gives none for the customer's mood.
    static let fallbackLines: [MoodBand: String] = [
        .furious: "I'm still waiting for a real answer.",
        .upset: "That doesn't really help me.",
        .neutral: "Okay. So what happens now?",
        .calm: "Alright, that makes sense.",
        .pleased: "Thank you, that's really helpful.",
    ]

    static let fallbackClosings: [Outcome: String] = [
        .abandoned: "You know what, forget it. I'm done. [hangs up]",
        .resolved: "Okay. Thank you, that's what I needed.",
        .unresolved: "I have to go. This still isn't sorted out.",
        .escalated: "Fine, put me through to someone else.",
    ]

    /// The lowest mood at which meeting the required goals resolves the call: a furious customer is not done yet.
    static let resolvableMood = -60

    /// Applies the driver's snapshot, decides whether the call ends, and records the turn.
    func finish(number: Int, reply: String, analysis: ReplyAnalysis, before: PersonaState, snapshot: DriverSnapshot) -> TurnResult {
        let after = applying(snapshot)
        var events = snapshot.events
        for line in runtime.lua.takePrinted() { events.append(.note(line)) }

        var line = snapshot.line
        var outcome = snapshot.ended.flatMap(Outcome.init(rawValue:))
        if outcome == nil {
            if after.patience <= 0 {
                outcome = .abandoned
            } else if requiredGoalsMet(after.met), after.mood >= Self.resolvableMood {
                outcome = .resolved
            } else if number >= definition.maxTurns {
                outcome = .unresolved
            }
        }
        let filler = snapshot.filler
        if let outcome, snapshot.endedIsNil || line == nil || filler {
            let closing = (try? runtime.lua.call(runtime.driverClosing, [.string(outcome.rawValue)]).first?.stringValue) ?? nil
            if let closing {
                line = line.map { outcome == .abandoned || filler ? closing : "\($0) \(closing)" } ?? closing
            } else if line == nil || outcome == .abandoned || filler {
                line = Self.fallbackClosings[outcome]
            }
        }
        let customerLine = line ?? Self.fallbackLines[after.moodBand] ?? "…"
        state = after
        let record = TurnRecord(number: number, reply: reply, customerLine: customerLine, analysis: analysis, before: before, after: after, events: events)
        if recordsTurns { transcript.turns.append(record) }
        turnCount = number
        transcript.outcome = outcome
        lastCustomerLine = customerLine
        let notes = plugins.onTurn(record, transcript: transcript)
        if !notes.isEmpty {
            transcript.turns[transcript.turns.count - 1].events += notes.map { .pluginNote(plugin: $0.plugin, text: $0.text) }
            return TurnResult(record: transcript.turns[transcript.turns.count - 1], outcome: outcome, scriptError: nil)
        }
        return TurnResult(record: record, outcome: outcome, scriptError: nil)
    }

    /// The persona state a driver snapshot describes (numbers clamped to their ranges).
    func applying(_ snapshot: DriverSnapshot) -> PersonaState {
        var after = state
        after.mood = snapshot.mood.map { min(100, max(-100, $0)) } ?? after.mood
        after.trust = snapshot.trust.map { min(100, max(0, $0)) } ?? after.trust
        after.patience = snapshot.patience ?? after.patience
        after.revealed = snapshot.revealed ?? after.revealed
        after.met = snapshot.met ?? after.met
        return after
    }

    /// True when every required goal is met (or, with none marked required, every goal).
    func requiredGoalsMet(_ met: [String]) -> Bool {
        !neededGoals.isEmpty && neededGoals.allSatisfy(met.contains)
    }
}
