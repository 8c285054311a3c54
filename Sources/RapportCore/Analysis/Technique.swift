/// The closed vocabulary of conversational techniques the analyzer detects in a reply.
///
/// The raw values are the names scenarios, plugins and JSON output use; they never change within an API version.
public enum Technique: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    // Helpful
    case openQuestion = "open_question"
    case closedQuestion = "closed_question"
    case paraphrase
    case reflectFeeling = "reflect_feeling"
    case validate
    case apology
    case reassurance
    case selfDisclosure = "self_disclosure"
    case suggestion
    case information
    case ownership
    case nextStep = "next_step"
    case personalization
    case gratitude
    // Harmful
    case blame
    case dismissive
    case policyShield = "policy_shield"
    case jargon
    case sarcasm
    case profanity
    case shouting

    /// True for techniques that damage rapport (they pull the empathy score down).
    public var isHarmful: Bool {
        switch self {
        case .blame, .dismissive, .policyShield, .jargon, .sarcasm, .profanity, .shouting: true
        default: false
        }
    }

    /// Orders techniques by their name, so output is stable.
    public static func < (lhs: Technique, rhs: Technique) -> Bool { lhs.rawValue < rhs.rawValue }
}
