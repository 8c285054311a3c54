/// A span of the reply that is evidence for a technique.
///
/// `start` and `end` are offsets in Unicode scalars (code points) into the analysed text, end exclusive,
/// so they index the same way as Python or JavaScript strings built from the same text.
public struct Evidence: Codable, Sendable, Hashable {
    public var technique: Technique
    public var start: Int
    public var end: Int
    public var text: String
    /// Who found it: nil for the built-in analyzer, a plugin's name otherwise.
    public var source: String?

    public init(technique: Technique, start: Int, end: Int, text: String, source: String? = nil) {
        self.technique = technique
        self.start = start
        self.end = end
        self.text = text
        self.source = source
    }
}

/// One line of a score's explanation: what added or removed how many points, and why.
public struct ScoreItem: Codable, Sendable, Hashable {
    /// Short reason a trainee can read, e.g. "names the customer's feeling".
    public var reason: String
    /// Points added (positive) or removed (negative).
    public var points: Double
    /// The technique or mechanism behind it, if any (its raw name).
    public var basis: String?
    /// Who contributed it: nil for the built-in analyzer, a plugin's name otherwise.
    public var source: String?

    public init(reason: String, points: Double, basis: String? = nil, source: String? = nil) {
        self.reason = reason
        self.points = points
        self.basis = basis
        self.source = source
    }
}

/// The analyzer's judgement of one reply: mechanisms, techniques with evidence, and a 0–100 empathy score
/// whose `breakdown` adds up to it (before clamping to 0...100).
public struct ReplyAnalysis: Codable, Sendable, Hashable {
    public var empathy: Int
    public var mechanisms: [Mechanism: MechanismLevel]
    public var techniques: [Technique]
    public var evidence: [Evidence]
    public var breakdown: [ScoreItem]

    public init(empathy: Int, mechanisms: [Mechanism: MechanismLevel], techniques: [Technique], evidence: [Evidence], breakdown: [ScoreItem]) {
        self.empathy = empathy
        self.mechanisms = mechanisms
        self.techniques = techniques
        self.evidence = evidence
        self.breakdown = breakdown
    }

    /// True when the technique was found in the reply.
    public func has(_ technique: Technique) -> Bool { techniques.contains(technique) }

    /// The level of a mechanism, 0 when absent.
    public func level(_ mechanism: Mechanism) -> MechanismLevel { mechanisms[mechanism] ?? 0 }
}

/// What the analyzer may know beyond the reply itself.
public struct AnalysisContext: Sendable, Hashable {
    /// What the customer said just before the reply (used for paraphrase and feeling reflection).
    public var customerText: String?
    /// The customer's name, if known (used for personalization).
    public var customerName: String?

    public init(customerText: String? = nil, customerName: String? = nil) {
        self.customerText = customerText
        self.customerName = customerName
    }
}

/// Anything that can judge a reply. Implementations are values safe to share across threads.
public protocol ReplyAnalyzing: Sendable {
    /// Analyses one reply in its context. Never fails: any input, including empty text, gets an analysis.
    func analyze(_ text: String, context: AnalysisContext) -> ReplyAnalysis
}
