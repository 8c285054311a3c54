/// A nudge for the trainee: what is missing in the call right now.
public struct Hint: Sendable, Hashable {
    /// What kind of move the hint asks for.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The last reply hurt; repair it.
        case repair
        /// The customer is upset and has not been acknowledged.
        case acknowledge
        /// There is more to the customer's story; ask.
        case explore
        /// A goal is still open.
        case goal
        /// Goals are met but the customer is not settled yet.
        case reassure
        /// Everything is in place; close the call well.
        case close
        /// The call is over.
        case over
    }

    /// What kind of move the hint asks for.
    public var kind: Kind
    /// One sentence for the trainee.
    public var text: String
    /// The goal the hint points at, for `.goal`.
    public var goalID: String?

    /// Creates a hint.
    public init(kind: Kind, text: String, goalID: String? = nil) {
        self.kind = kind
        self.text = text
        self.goalID = goalID
    }
}

/// Decides the most useful nudge from the state of a call, the way a coach sitting beside the trainee would:
/// repair harm first, then acknowledge feelings, then explore the untold story, then work the goals in order,
/// then settle the customer and close. Pure: the same transcript and state always give the same hint.
public struct HintAdvisor: Sendable {
    /// The scenario being played.
    public var definition: ScenarioDefinition

    /// Mood below which the customer counts as upset (the upper edge of the `upset` band).
    public static let upsetBelow = -20
    /// Replies, counting back from the last, within which an open question counts as recent.
    public static let recentQuestionWindow = 2

    /// An advisor for `definition`.
    public init(definition: ScenarioDefinition) {
        self.definition = definition
    }

    /// The hint for the call as it stands: `transcript` so far and the customer's `state` now.
    public func hint(transcript: Transcript, state: PersonaState) -> Hint {
        let name = definition.persona.name
        if transcript.outcome != nil {
            return Hint(kind: .over, text: "The call is over — read the debrief to see what worked.")
        }
        let last = transcript.turns.last
        if let last, let harmful = last.analysis.techniques.first(where: \.isHarmful) {
            return Hint(kind: .repair, text: "Your last reply \(harmful.explanation) — own that, and acknowledge how \(name) feels before anything else.")
        }
        if state.mood < Self.upsetBelow && !(last.map { TurnScorer.acknowledges($0.analysis) } ?? false) {
            let still = last == nil ? "is" : "is still"
            return Hint(kind: .acknowledge, text: "\(name) \(still) upset — acknowledge how they feel before fixing anything (name the feeling, or say sorry).")
        }
        let untold = definition.persona.story.filter { !state.revealed.contains($0.id) }
        let recent = transcript.turns.suffix(Self.recentQuestionWindow)
        if !untold.isEmpty && !transcript.turns.isEmpty && !recent.contains(where: { $0.analysis.has(.openQuestion) }) {
            return Hint(kind: .explore, text: "There is more behind this for \(name) — ask an open question about how it has affected them.")
        }
        if let goal = nextGoal(met: state.met) {
            return Hint(kind: .goal, text: "Still to do: \(lowercasedFirst(goal.description)).", goalID: goal.id)
        }
        if state.mood < Self.upsetBelow {
            return Hint(kind: .reassure, text: "The fix is in place, but \(name) is still upset — reassure them and check how they feel.")
        }
        return Hint(kind: .close, text: "Sum up what will happen next and check that it works for \(name).")
    }

    /// The first unmet goal that can be met now (its `after` goal is met), required goals first.
    public func nextGoal(met: [String]) -> Goal? {
        let open = definition.goals.filter { goal in
            !met.contains(goal.id) && (goal.after.map { met.contains($0) } ?? true)
        }
        return open.first(where: \.required) ?? open.first
    }

    func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, text.dropFirst().first.map({ !$0.isUppercase }) ?? true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
