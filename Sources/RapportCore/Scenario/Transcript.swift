/// Something that happened in a turn besides the customer's line: a story part revealed, a goal met or lost, a
/// stage reached, a note printed by the script or a plugin. Encoded as `{"kind": …}` (see ``TurnEvent/Kind``).
public enum TurnEvent: Sendable, Hashable {
    /// A story part (by id) the customer revealed.
    case revealed(String)
    /// A goal (by id) met this turn.
    case goalMet(String)
    /// A goal (by id) that was met and no longer is.
    case goalUnmet(String)
    /// A stage (by id) the conversation moved to.
    case stage(String)
    /// A note or flag from a plugin's `on_turn` hook.
    case pluginNote(plugin: String, text: String)
    /// Text the scenario's script printed during the turn.
    case note(String)
}

/// One exchange: the trainee's reply and what came of it.
public struct TurnRecord: Codable, Sendable, Hashable {
    /// 1-based.
    public var number: Int
    public var reply: String
    public var customerLine: String
    public var analysis: ReplyAnalysis
    public var before: PersonaState
    public var after: PersonaState
    public var events: [TurnEvent]
    /// Set when a script failed during this turn (the reply is kept; the customer line is a fallback).
    public var scriptError: String?

    public init(number: Int, reply: String, customerLine: String, analysis: ReplyAnalysis, before: PersonaState, after: PersonaState,
                events: [TurnEvent], scriptError: String? = nil) {
        self.number = number
        self.reply = reply
        self.customerLine = customerLine
        self.analysis = analysis
        self.before = before
        self.after = after
        self.events = events
        self.scriptError = scriptError
    }
}

/// The whole conversation, as data: enough to replay or to write a debrief.
public struct Transcript: Codable, Sendable, Hashable {
    public var scenarioID: String
    public var scenarioFile: String
    public var seed: UInt64
    public var opening: String
    public var turns: [TurnRecord]
    public var outcome: Outcome?

    public init(scenarioID: String, scenarioFile: String, seed: UInt64, opening: String, turns: [TurnRecord] = [], outcome: Outcome? = nil) {
        self.scenarioID = scenarioID
        self.scenarioFile = scenarioFile
        self.seed = seed
        self.opening = opening
        self.turns = turns
        self.outcome = outcome
    }
}
