/// How many points each finding adds to or removes from the 0–100 empathy score.
///
/// The score starts at ``base``; each mechanism adds its level's points once; each helpful technique found adds
/// its points once however often it occurs (so repeating a phrase, or writing more, does not raise the score);
/// each harmful technique removes its points once. The sum is clamped to 0...100.
public struct ScoringWeights: Sendable, Hashable {
    /// Where every reply starts.
    public var base: Double = 20
    /// Points for levels 1 and 2 of each mechanism.
    public var mechanism: [Mechanism: (weak: Double, strong: Double)] = [
        .emotionalReactions: (12, 24),
        .interpretations: (12, 24),
        .explorations: (12, 24),
    ]
    /// Points per technique (negative for harmful ones). A helpful technique that feeds a mechanism (questions
    /// explore; reflections, validation, paraphrase and stories show understanding; apologies, reassurance and
    /// thanks show warmth) earns its points there, once, and adds nothing here; service skills that no mechanism
    /// counts (ownership, a next step, using the name) add a small bonus.
    public var technique: [Technique: Double] = [
        .openQuestion: 0, .closedQuestion: 0, .paraphrase: 0, .reflectFeeling: 0, .validate: 0, .apology: 0,
        .reassurance: 0, .selfDisclosure: 0, .suggestion: 0, .information: 0, .ownership: 3, .nextStep: 2,
        .personalization: 2, .gratitude: 0,
        .blame: -30, .dismissive: -30, .policyShield: -20, .jargon: -8, .sarcasm: -35, .profanity: -6, .shouting: -25,
    ]

    /// Points for swearing aimed at the customer ("you're a …", "… you"), which replaces the `profanity`
    /// points; casual swearing ("that's a damn shame") costs the smaller `profanity` points.
    public var directedProfanity: Double = -35

    /// The default weights.
    public init() {}

    /// Points for a mechanism at a level (0 for level 0).
    public func points(_ mechanism: Mechanism, level: Int) -> Double {
        guard let pair = self.mechanism[mechanism] else { return 0 }
        return level >= 2 ? pair.strong : level == 1 ? pair.weak : 0
    }

    /// Equal when every weight is equal.
    public static func == (lhs: ScoringWeights, rhs: ScoringWeights) -> Bool {
        lhs.base == rhs.base && lhs.technique == rhs.technique && lhs.directedProfanity == rhs.directedProfanity &&
            Mechanism.allCases.allSatisfy { lhs.points($0, level: 1) == rhs.points($0, level: 1) && lhs.points($0, level: 2) == rhs.points($0, level: 2) }
    }

    /// Hashes the base and the technique weights (enough to be consistent with `==`).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(base)
        hasher.combine(technique)
    }
}
