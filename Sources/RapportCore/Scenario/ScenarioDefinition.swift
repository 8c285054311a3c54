/// One part of a persona's hidden backstory.
public struct StoryPart: Codable, Sendable, Hashable {
    public var id: String
    public var text: String
    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// Who the customer is, at the start of the call.
public struct Persona: Codable, Sendable, Hashable {
    public var name: String
    /// -100 furious … 100 delighted.
    public var mood: Int
    /// Poor replies the customer tolerates before hanging up.
    public var patience: Int
    /// 0 … 100.
    public var trust: Int
    public var story: [StoryPart]

    public init(name: String, mood: Int, patience: Int, trust: Int, story: [StoryPart]) {
        self.name = name
        self.mood = mood
        self.patience = patience
        self.trust = trust
        self.story = story
    }
}

/// What resolution means for this customer: one thing the trainee must achieve.
public struct Goal: Codable, Sendable, Hashable {
    public var id: String
    public var description: String
    public var required: Bool
    public var weight: Double
    /// Met when the reply shows any of these techniques.
    public var techniques: [Technique]
    /// Met when the reply mentions any of these phrases (case-insensitive).
    public var phrases: [String]
    /// Only met once this goal is met (an order constraint).
    public var after: String?
    /// True when the scenario gives a Lua predicate (`when`) for it.
    public var hasPredicate: Bool

    public init(id: String, description: String, required: Bool = false, weight: Double = 1, techniques: [Technique] = [],
                phrases: [String] = [], after: String? = nil, hasPredicate: Bool = false) {
        self.id = id
        self.description = description
        self.required = required
        self.weight = weight
        self.techniques = techniques
        self.phrases = phrases
        self.after = after
        self.hasPredicate = hasPredicate
    }
}

/// A golden test declared in a scenario: replies in, expectations out.
public struct ScenarioTest: Codable, Sendable, Hashable {
    public var name: String
    public var replies: [String]
    public var seed: UInt64?
    public var expectedOutcome: Outcome?
    public var expectedGoals: [String]
    public var expectedReveals: [String]
    public var minimumEmpathy: Int?
    public var maximumEmpathy: Int?

    public init(name: String, replies: [String], seed: UInt64? = nil, expectedOutcome: Outcome? = nil, expectedGoals: [String] = [],
                expectedReveals: [String] = [], minimumEmpathy: Int? = nil, maximumEmpathy: Int? = nil) {
        self.name = name
        self.replies = replies
        self.seed = seed
        self.expectedOutcome = expectedOutcome
        self.expectedGoals = expectedGoals
        self.expectedReveals = expectedReveals
        self.minimumEmpathy = minimumEmpathy
        self.maximumEmpathy = maximumEmpathy
    }
}

/// An author-written example of a good reply at a key moment, shown in the debrief.
public struct ModelReply: Codable, Sendable, Hashable {
    /// When it applies, in the author's words ("the opening", "after the rent comes out").
    public var moment: String
    public var reply: String
    public init(moment: String, reply: String) {
        self.moment = moment
        self.reply = reply
    }
}

/// Everything static about a scenario, read from its Lua file.
public struct ScenarioDefinition: Codable, Sendable, Hashable {
    public var apiVersion: Int
    public var id: String
    public var title: String
    public var summary: String
    public var difficulty: Int
    public var channel: String
    public var skills: [String]
    public var maxTurns: Int
    public var persona: Persona
    public var goals: [Goal]
    public var tests: [ScenarioTest]
    /// The file it came from.
    public var file: String
    /// How much this customer values each technique (1 = as usual; above 1 more, below 1 less).
    public var techniqueWeights: [Technique: Double] = [:]
    /// Example replies for key moments, for the debrief.
    public var modelReplies: [ModelReply] = []

    public init(apiVersion: Int, id: String, title: String, summary: String, difficulty: Int, channel: String, skills: [String],
                maxTurns: Int, persona: Persona, goals: [Goal], tests: [ScenarioTest], file: String) {
        self.apiVersion = apiVersion
        self.id = id
        self.title = title
        self.summary = summary
        self.difficulty = difficulty
        self.channel = channel
        self.skills = skills
        self.maxTurns = maxTurns
        self.persona = persona
        self.goals = goals
        self.tests = tests
        self.file = file
    }
}
