import Foundation
import PropertyBased
import Testing
import RapportCore
@testable import RapportEngine

/// Properties of whole sessions with the real analyzer and the shipped example scenario.
@Suite struct SessionPropertyTests {
    static let path = repositoryRoot + "/Scenarios/double-charge.lua"
    static let pool = [
        "I'm so sorry, that sounds really stressful. What happened when you noticed?",
        "Let me check your account and confirm the charge.",
        "I'll refund the duplicate charge today and email you by 5pm.",
        "That must be worrying with rent due. I'll write a letter about the fee.",
        "Okay.",
        "Can you tell me the order number?",
    ]
    static let acknowledging = [
        "I'm so sorry, that sounds really stressful.",
        "That must be so frustrating, anyone would be upset.",
        "I completely understand why you're upset, I'm sorry this happened.",
    ]
    static let dismissive = ["Calm down.", "That's not my problem.", "It's our policy, there's nothing I can do."]

    func play(_ replies: [String], seed: UInt64) throws -> Session {
        let runtime = try ScenarioRuntime.load(path: Self.path, seed: seed).get()
        let session = Session(runtime: runtime, analyzer: ReplyAnalyzer(), seed: seed)
        _ = try session.start()
        for reply in replies where !session.isOver { _ = try session.reply(reply) }
        session.hangUp()
        return session
    }

    @Test func theSameSeedAndRepliesGiveTheSameConversation() async {
        await propertyCheck(count: 25, input: Gen.int(in: 0...(Self.pool.count - 1)).array(of: 1...8), Gen.uint64(in: 0...1_000)) { picks, seed in
            let replies = picks.map { Self.pool[$0] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let a = try? encoder.encode(play(replies, seed: seed).transcript)
            let b = try? encoder.encode(play(replies, seed: seed).transcript)
            #expect(a != nil && a == b)
        }
    }

    @Test func replacingAnAcknowledgingReplyWithADismissiveOneNeverRaisesEmpathy() async {
        await propertyCheck(count: 30, input: Gen.int(in: 0...(Self.pool.count - 1)).array(of: 0...5), Gen.int(in: 0...2), Gen.int(in: 0...2), Gen.int(in: 0...5)) { picks, warmIndex, coldIndex, position in
            var replies = picks.map { Self.pool[$0] }
            let at = min(position, replies.count)
            var warm = replies
            warm.insert(Self.acknowledging[warmIndex], at: at)
            replies.insert(Self.dismissive[coldIndex], at: at)
            guard let warmSession = try? play(warm, seed: 1), let coldSession = try? play(replies, seed: 1) else {
                Issue.record("the example scenario failed to play")
                return
            }
            let warmScore = warmSession.debrief().score.empathy
            let coldScore = coldSession.debrief().score.empathy
            #expect(coldScore <= warmScore, "dismissive \(coldScore) > acknowledging \(warmScore) for \(replies)")
        }
    }

    @Test func warmAndColdAgentsGetClearlyDifferentWellExplainedResults() throws {
        let warm = try play([
            "I'm so sorry, being charged twice is stressful. Can you tell me what happened?",
            "That sounds awful, anyone would be upset. Let me check your account and confirm the charge.",
            "I'll refund the duplicate charge today, and I'll write a letter for your landlord about the fee.",
        ], seed: 1).debrief()
        let cold = try play(["Order number.", "It's policy. Wait 10 days.", "Nothing else I can do."], seed: 1).debrief()
        #expect(warm.outcome == .resolved)
        #expect(cold.outcome == .abandoned)
        #expect(warm.score.empathy >= cold.score.empathy + 25)
        #expect(warm.score.resolution >= cold.score.resolution + 50)
        #expect(warm.storyUncovered.map(\.id).contains("rent"))
        #expect(cold.storyUncovered.isEmpty)
        #expect(warm.strengths.contains { $0.quote.contains("being charged twice is stressful") })
        #expect(cold.missedOpportunities.contains { $0.quote == "It's policy. Wait 10 days." })
    }
}
