import Testing
@testable import RapportCore

/// The split analysis (``ReplyPreparing``) gives exactly the one-step analysis, whatever the context, a prepared
/// reply can be reused across contexts, and a prepared context across replies.
@Suite struct PreparedReplyTests {
    static let replies = [
        "", "   ", "I'm so sorry, Dana. That sounds exhausting — you've been waiting three days for a callback?",
        "Calm down. It's our policy, there's nothing I can do.",
        "So what I'm hearing is that the refund never arrived and you're worried about rent. Is that right?",
        "Hi Lee, thanks for your patience! I'll call you back at 3pm today with the answer.",
    ]
    static let contexts = [
        AnalysisContext(),
        AnalysisContext(customerText: "My name is Dana and I've been waiting three days for my refund. I'm worried about rent."),
        AnalysisContext(customerText: "Nobody ever calls back.", customerName: "Lee"),
        AnalysisContext(customerName: "Dana Smith"),
    ]

    @Test func preparedThenAnalysedEqualsAnalysed() {
        let analyzer = ReplyAnalyzer()
        for text in Self.replies {
            let prepared = analyzer.prepare(text)
            #expect(prepared.text == text)
            for context in Self.contexts {
                #expect(analyzer.analyze(prepared, context: context) == analyzer.analyze(text, context: context))
            }
        }
    }

    @Test func aPreparedContextServesEveryReply() {
        let analyzer = ReplyAnalyzer()
        let prepared = Self.replies.map(analyzer.prepare)
        for context in Self.contexts {
            let setting = analyzer.prepare(context: context)
            #expect(setting.context == context)
            for (text, reply) in zip(Self.replies, prepared) {
                #expect(analyzer.analyze(reply, in: setting) == analyzer.analyze(text, context: context))
            }
        }
    }
}
