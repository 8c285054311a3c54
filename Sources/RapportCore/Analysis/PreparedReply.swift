/// The part of a reply's analysis that depends on the reply alone (its tokens, sentences and lexicon matches),
/// made by ``ReplyPreparing/prepare(_:)`` and finished, once per context, by ``ReplyPreparing/analyze(_:context:)``.
/// A plain value: safe to keep and to share across threads.
public struct PreparedReply: Sendable {
    /// The reply as given.
    public let text: String
    let document: TextDocument
    /// The findings of the lexicon matches, before any context-dependent rule ran.
    let findings: Findings
}

/// An analyzer whose work splits into a context-independent part, done once per reply and reusable, a
/// reply-independent part, done once per context and reusable, and the rest. For every text and context,
/// `analyze(prepare(text), context:)` and `analyze(prepare(text), in: prepare(context:))` must equal
/// `analyze(text, context:)`; callers that see the same reply in many contexts, or many replies in one context, keep
/// the prepared parts.
public protocol ReplyPreparing: ReplyAnalyzing {
    /// The context-independent part of analysing `text`.
    func prepare(_ text: String) -> PreparedReply
    /// The analysis of the prepared reply in `context`: equal to `analyze(prepared.text, context:)`.
    func analyze(_ prepared: PreparedReply, context: AnalysisContext) -> ReplyAnalysis
    /// The reply-independent part of analysing any reply in `context`.
    func prepare(context: AnalysisContext) -> PreparedContext
    /// The analysis of the prepared reply in the prepared context (made by this analyzer): equal to
    /// `analyze(prepared, context: context.context)`.
    func analyze(_ prepared: PreparedReply, in context: PreparedContext) -> ReplyAnalysis
}
