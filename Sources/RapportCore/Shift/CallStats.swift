/// What one finished call of a shift contributes to the empathy trend: the scores and the trainee's own replies.
///
/// Built from a transcript and its debrief by the caller; holds plain values so the trend logic stays pure.
public struct CallStats: Codable, Sendable, Hashable {
    /// The scenario's id.
    public var scenarioID: String
    /// The scenario's title, for tables.
    public var title: String
    /// The scenario's difficulty, 1–5.
    public var difficulty: Int
    /// The session's empathy score, 0–100 (the mean of the turns' contextual scores).
    public var empathy: Int
    /// The session's resolution score, 0–100.
    public var resolution: Int
    /// Each reply's contextual empathy score, in order.
    public var turnEmpathy: [Int]
    /// The trainee's replies, in order.
    public var replies: [String]
    /// How many replies used at least one harmful technique (blame, dismissive, policy shield, jargon, sarcasm,
    /// profanity, shouting).
    public var harmfulReplies: Int
    /// How many replies called the customer by a name that is not theirs (``NameSlip``).
    public var nameSlips: Int

    /// Stores the values as given.
    public init(scenarioID: String, title: String, difficulty: Int, empathy: Int, resolution: Int, turnEmpathy: [Int],
                replies: [String], harmfulReplies: Int, nameSlips: Int = 0) {
        self.scenarioID = scenarioID
        self.title = title
        self.difficulty = difficulty
        self.empathy = empathy
        self.resolution = resolution
        self.turnEmpathy = turnEmpathy
        self.replies = replies
        self.harmfulReplies = harmfulReplies
        self.nameSlips = nameSlips
    }

    /// The stats of a transcript scored by `score`: harmful replies are those whose analysis found a harmful technique.
    public init(transcript: Transcript, definition: ScenarioDefinition, score: SessionScore) {
        self.init(scenarioID: definition.id, title: definition.title, difficulty: definition.difficulty, empathy: score.empathy,
                  resolution: score.resolution, turnEmpathy: score.turns.map(\.empathy), replies: transcript.turns.map(\.reply),
                  harmfulReplies: transcript.turns.filter { $0.analysis.techniques.contains(where: \.isHarmful) }.count,
                  nameSlips: score.turns.filter { $0.nameSlip != nil }.count)
    }

    /// The mean number of words per reply (0 with no replies).
    public var wordsPerReply: Double {
        guard !replies.isEmpty else { return 0 }
        return Double(replies.map { ReplyTokens.words($0).count }.reduce(0, +)) / Double(replies.count)
    }

    /// The share of replies with a harmful technique, 0–1 (0 with no replies).
    public var harmfulRate: Double {
        replies.isEmpty ? 0 : Double(harmfulReplies) / Double(replies.count)
    }
}
