/// How a customer reacts to a reply when the scenario does not say otherwise.
///
/// Harmful techniques (blame, dismissiveness, sarcasm, …) lower mood and patience; a warm, acknowledging reply
/// raises mood and trust; a cold one costs a little mood. A scenario can adjust any of this in `respond`.
public struct DefaultReactions: Sendable, Hashable {
    /// The changes to apply.
    public struct Delta: Sendable, Hashable, Codable {
        public var mood: Int
        public var trust: Int
        public var patience: Int
        public init(mood: Int, trust: Int, patience: Int) {
            self.mood = mood
            self.trust = trust
            self.patience = patience
        }
    }

    public init() {}

    /// The reaction to one reply.
    public func reaction(to analysis: ReplyAnalysis) -> Delta {
        let harmful = analysis.techniques.filter(\.isHarmful).count
        if harmful > 0 {
            return Delta(mood: -min(30, 15 * harmful), trust: -10, patience: -1)
        }
        switch analysis.empathy {
        case 70...: return Delta(mood: 18, trust: 15, patience: 0)
        case 55..<70: return Delta(mood: 12, trust: 10, patience: 0)
        case 40..<55: return Delta(mood: 4, trust: 3, patience: 0)
        case 25..<40: return Delta(mood: -4, trust: 0, patience: 0)
        default: return Delta(mood: -10, trust: -5, patience: -1)
        }
    }
}
