/// A warning sign of compassion fatigue the trainee rates between calls, 1 (not at all) to 5 (very much).
///
/// A self-reflection prompt for training, not a clinical instrument: the ratings are never interpreted as a
/// diagnosis, only used to offer a recovery tool and to show the trainee their own answers over a shift.
public enum CheckInItem: String, Codable, Sendable, CaseIterable, Comparable {
    /// Feeling irritable or short-tempered.
    case irritability
    /// Trouble concentrating.
    case concentration
    /// Feeling detached, "on autopilot".
    case detachment
    /// Feeling drained, emotionally exhausted.
    case drained

    /// The question asked.
    public var question: String {
        switch self {
        case .irritability: "How irritable or short-tempered do you feel?"
        case .concentration: "How hard is it to concentrate?"
        case .detachment: "How detached or \"on autopilot\" do you feel?"
        case .drained: "How drained do you feel?"
        }
    }

    /// A one- or two-word label for tables and the plan.
    public var label: String {
        switch self {
        case .irritability: "irritability"
        case .concentration: "trouble concentrating"
        case .detachment: "detachment"
        case .drained: "feeling drained"
        }
    }

    /// Orders items as asked.
    public static func < (lhs: CheckInItem, rhs: CheckInItem) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
