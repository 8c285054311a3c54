/// A recovery tool offered between the calls of a shift.
public enum RecoveryTool: String, Codable, Sendable, CaseIterable {
    /// A paced-breathing timer: a few slow cycles, in for 4 seconds and out for 6.
    case breathing
    /// "What might this customer's story be?" about the last customer, then the story parts they heard or not.
    case reframing
    /// A one-line reflection note, saved with the shift.
    case reflection

    /// What the tool is, in a few words.
    public var summary: String {
        switch self {
        case .breathing: "a paced-breathing timer (in 4 s, out 6 s)"
        case .reframing: "a reframing prompt: what might the customer's story be?"
        case .reflection: "a one-line reflection note"
        }
    }
}
