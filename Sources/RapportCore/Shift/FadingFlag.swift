/// A sign that empathy faded over a shift, with the numbers that triggered it.
public struct FadingFlag: Codable, Sendable, Hashable {
    /// Which fading rule fired.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Empathy scores fell.
        case empathyFalling = "empathy-falling"
        /// Replies got shorter.
        case shorterReplies = "shorter-replies"
        /// More replies near-repeated earlier ones.
        case templatedReplies = "templated-replies"
        /// More replies used harmful techniques.
        case harmfulRising = "harmful-rising"
        /// The last call called the customer by a name that was not theirs, which the baseline never did.
        case lostTrack = "lost-track"

        /// A short heading for the trainee.
        public var title: String {
            switch self {
            case .empathyFalling: "Empathy fell"
            case .shorterReplies: "Replies got shorter"
            case .templatedReplies: "Replies became templated"
            case .harmfulRising: "More harmful techniques"
            case .lostTrack: "Lost track of who was on the line"
            }
        }
    }

    /// The rule that fired.
    public var kind: Kind
    /// The evidence in words, with the numbers compared (for example "last call 40 vs 70 in the first two calls").
    public var evidence: String

    /// Stores the values as given.
    public init(kind: Kind, evidence: String) {
        self.kind = kind
        self.evidence = evidence
    }
}
