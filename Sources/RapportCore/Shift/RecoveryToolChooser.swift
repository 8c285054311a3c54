/// Decides whether to offer a recovery tool after a call, and which one (docs/shift-mode.md has the rule).
///
/// A tool is called for when any check-in rating is ``highRating`` or more, or the empathy trend has a fading
/// flag. The first matching reason picks the tool:
/// 1. irritability or feeling drained rated high: breathing;
/// 2. detachment rated high, or the flags show falling empathy or templated replies: reframing;
/// 3. anything else (trouble concentrating rated high, shorter replies, harmful techniques, a customer called by another
///    name): a reflection note.
///
/// A fading flag calls for a tool once: flags whose kind a tool has already answered this shift (`answered`) are
/// left out, so a flag that stays raised does not bring a tool after every later call; high ratings always count.
///
/// The trainee's plan wins: when their resilience plan names tools, the first of the candidates (in the order
/// above, the chosen one first) that the plan names is offered instead; when the plan names none of them, the
/// rule's choice stands.
public struct RecoveryToolChooser: Sendable {
    /// Ratings at or above this count as high.
    public static let highRating = 4

    /// A chooser with the documented rule.
    public init() {}

    /// The tool to offer, or nil when nothing calls for one. `answered` holds the flag kinds a tool offered
    /// earlier in the shift already answered.
    public func choose(checkIn: CheckIn?, flags: [FadingFlag], answered: Set<FadingFlag.Kind> = [],
                       preferred: [RecoveryTool] = []) -> RecoveryTool? {
        let flags = flags.filter { !answered.contains($0.kind) }
        let high = Set((checkIn?.ratings ?? [:]).filter { $0.value >= Self.highRating }.keys)
        guard !high.isEmpty || !flags.isEmpty else { return nil }
        let kinds = Set(flags.map(\.kind))
        let chosen: RecoveryTool
        if high.contains(.irritability) || high.contains(.drained) {
            chosen = .breathing
        } else if high.contains(.detachment) || kinds.contains(.empathyFalling) || kinds.contains(.templatedReplies) {
            chosen = .reframing
        } else {
            chosen = .reflection
        }
        guard !preferred.isEmpty else { return chosen }
        let candidates = [chosen] + RecoveryTool.allCases.filter { $0 != chosen }
        return candidates.first(where: preferred.contains) ?? chosen
    }
}
