/// One concrete reason behind a score: what happened, where, and how many points it was worth.
public struct ScoreReason: Codable, Sendable, Hashable {
    /// The turn it refers to (1-based), or nil for the call as a whole.
    public var turn: Int?
    /// What happened, in plain words.
    public var text: String
    /// The trainee's own words that show it, if any.
    public var quote: String?
    /// Points added (positive) or removed (negative).
    public var points: Double

    public init(turn: Int?, text: String, quote: String? = nil, points: Double) {
        self.turn = turn
        self.text = text
        self.quote = quote
        self.points = points
    }
}

/// The empathy score of one reply in its context: the analyzer's score plus adjustments for the moment.
public struct TurnScore: Codable, Sendable, Hashable {
    public var turn: Int
    /// The analyzer's score for the reply alone.
    public var analyzer: Int
    /// The score in context, 0–100.
    public var empathy: Int
    /// Why it differs from the analyzer's score.
    public var adjustments: [ScoreReason]
    /// The name the reply called the customer that is not theirs (``NameSlip``), or nil.
    public var nameSlip: String?

    public init(turn: Int, analyzer: Int, empathy: Int, adjustments: [ScoreReason], nameSlip: String? = nil) {
        self.turn = turn
        self.analyzer = analyzer
        self.empathy = empathy
        self.adjustments = adjustments
        self.nameSlip = nameSlip
    }
}

/// A session's two scores, each 0–100, with the reasons behind them.
public struct SessionScore: Codable, Sendable, Hashable {
    public var empathy: Int
    public var resolution: Int
    public var empathyReasons: [ScoreReason]
    public var resolutionReasons: [ScoreReason]
    public var turns: [TurnScore]

    public init(empathy: Int, resolution: Int, empathyReasons: [ScoreReason], resolutionReasons: [ScoreReason], turns: [TurnScore]) {
        self.empathy = empathy
        self.resolution = resolution
        self.empathyReasons = empathyReasons
        self.resolutionReasons = resolutionReasons
        self.turns = turns
    }
}
