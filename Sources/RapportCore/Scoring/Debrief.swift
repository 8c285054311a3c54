/// A moment of the call worth pointing at, with the trainee's own words.
public struct Moment: Codable, Sendable, Hashable {
    public var turn: Int
    public var quote: String
    /// Why it matters, in a coach's words.
    public var note: String

    public init(turn: Int, quote: String, note: String) {
        self.turn = turn
        self.quote = quote
        self.note = note
    }
}

/// A goal and whether it was met by the end of the call.
public struct GoalStatus: Codable, Sendable, Hashable {
    public var id: String
    public var description: String
    public var required: Bool
    public var met: Bool
    /// When the goal is not met because the goal it comes `after` was never met either: that goal's description
    /// (a reply can do what this goal asks and still not count until then). Nil otherwise.
    public var waitingFor: String?
    public init(id: String, description: String, required: Bool, met: Bool, waitingFor: String? = nil) {
        self.id = id
        self.description = description
        self.required = required
        self.met = met
        self.waitingFor = waitingFor
    }
}

/// Extra debrief content contributed by a plugin.
public struct DebriefSection: Codable, Sendable, Hashable {
    public var title: String
    public var lines: [String]
    /// The plugin that wrote it.
    public var source: String
    public init(title: String, lines: [String], source: String) {
        self.title = title
        self.lines = lines
        self.source = source
    }
}

/// Everything the trainee is shown after a call, as data; the CLI renders it.
public struct Debrief: Codable, Sendable, Hashable {
    public var scenarioID: String
    public var title: String
    public var customer: String
    public var outcome: Outcome
    public var score: SessionScore
    public var goals: [GoalStatus]
    /// The best moments, quoting the trainee.
    public var strengths: [Moment]
    /// When no reply reached the 60 of `strengths`: the best reply that showed some empathy, with what it had and
    /// what would have taken it higher. Nil otherwise.
    public var nearest: Moment?
    /// Where acknowledgement or a question was missing.
    public var missedOpportunities: [Moment]
    /// Story parts the trainee uncovered, in order.
    public var storyUncovered: [StoryPart]
    /// Story parts the customer never told: everyone has a story.
    public var storyMissed: [StoryPart]
    public var modelReplies: [ModelReply]
    /// Mood before the first reply, then after each reply.
    public var moodCurve: [Int]
    /// Sections added by plugins.
    public var sections: [DebriefSection]

    public init(scenarioID: String, title: String, customer: String, outcome: Outcome, score: SessionScore, goals: [GoalStatus],
                strengths: [Moment], missedOpportunities: [Moment], storyUncovered: [StoryPart], storyMissed: [StoryPart],
                modelReplies: [ModelReply], moodCurve: [Int], sections: [DebriefSection] = [], nearest: Moment? = nil) {
        self.scenarioID = scenarioID
        self.title = title
        self.customer = customer
        self.outcome = outcome
        self.score = score
        self.goals = goals
        self.strengths = strengths
        self.nearest = nearest
        self.missedOpportunities = missedOpportunities
        self.storyUncovered = storyUncovered
        self.storyMissed = storyMissed
        self.modelReplies = modelReplies
        self.moodCurve = moodCurve
        self.sections = sections
    }
}
