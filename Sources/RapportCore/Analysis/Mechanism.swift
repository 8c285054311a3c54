/// The three empathy communication mechanisms of the EPITOME framework (Sharma et al., EMNLP 2020).
public enum Mechanism: String, CaseIterable, Codable, Sendable, Hashable {
    /// Expressing warmth, compassion or concern.
    case emotionalReactions = "emotional_reactions"
    /// Communicating an understanding of the other's feelings or experience.
    case interpretations
    /// Exploring what the other has not said yet.
    case explorations
}

/// How strongly a mechanism is present: 0 none, 1 weak, 2 strong.
public typealias MechanismLevel = Int
