/// How a call ended.
public enum Outcome: String, Codable, Sendable, Hashable, CaseIterable {
    /// The customer's problem was solved.
    case resolved
    /// The call was handed on (a supervisor, another team).
    case escalated
    /// The customer hung up.
    case abandoned
    /// The call reached its turn limit, or the trainee ended it, without a resolution.
    case unresolved
}
