/// The part of a reply's analysis that depends on the context alone (the customer's message read into words, their
/// content stems and the feelings it names), made by ``ReplyPreparing/prepare(context:)`` and used by
/// ``ReplyPreparing/analyze(_:in:)``. Callers that judge many replies in one context keep it. A plain value: safe to
/// keep and to share across threads.
public struct PreparedContext: Sendable {
    /// The context as given.
    public let context: AnalysisContext
    /// The customer's message in words with their classes (no sentences, negation or offsets), when there is one.
    let customer: [Token]?
    /// The content stems of the customer's message (empty without one).
    let said: Set<UInt64>
    /// The first four letters of each feeling word in the customer's message, when there is one.
    let customerFeelings: Set<String>?
    /// True when the customer's message asks whether others share their experience ("Does anyone else…?").
    let asksWhoElse: Bool
}
