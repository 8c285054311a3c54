import Testing
import RapportCore

@Suite struct HintAdvisorTests {
    let definition: ScenarioDefinition = {
        ScenarioDefinition(
            apiVersion: 1, id: "t", title: "T", summary: "", difficulty: 1, channel: "phone", skills: [], maxTurns: 10,
            persona: Persona(name: "Dana", mood: -60, patience: 3, trust: 0, story: [StoryPart(id: "rent", text: "Her rent bounced.")]),
            goals: [
                Goal(id: "fee", description: "Offer to cover the fee"),
                Goal(id: "refund", description: "Commit to a refund", required: true, after: "verify"),
                Goal(id: "verify", description: "Confirm which order", required: true),
            ],
            tests: [], file: "t.lua")
    }()

    func turn(_ techniques: [Technique], before: Int, after: Int, revealed: [String] = [], met: [String] = []) -> TurnRecord {
        let analysis = ReplyAnalysis(empathy: 50, mechanisms: [:], techniques: techniques, evidence: [], breakdown: [])
        return TurnRecord(number: 1, reply: "r", customerLine: "c", analysis: analysis,
                          before: PersonaState(mood: before, trust: 0, patience: 3),
                          after: PersonaState(mood: after, trust: 20, patience: 3, revealed: revealed, met: met), events: [])
    }

    func hint(_ turns: [TurnRecord], outcome: Outcome? = nil) -> Hint {
        var transcript = Transcript(scenarioID: "t", scenarioFile: "t.lua", seed: 1, opening: "Hi")
        transcript.turns = turns
        for k in turns.indices { transcript.turns[k].number = k + 1 }
        transcript.outcome = outcome
        let state = turns.last?.after ?? PersonaState(persona: definition.persona)
        return HintAdvisor(definition: definition).hint(transcript: transcript, state: state)
    }

    @Test func anUpsetCustomerIsAcknowledgedFirst() {
        let first = hint([])
        #expect(first.kind == .acknowledge)
        #expect(first.text.contains("Dana is upset"))
        // A fix without acknowledgement leaves them "still" upset.
        let after = hint([turn([.suggestion], before: -60, after: -55)])
        #expect(after.kind == .acknowledge)
        #expect(after.text.contains("still upset — acknowledge"))
    }

    @Test func harmComesBeforeEverythingElse() {
        let h = hint([turn([.reflectFeeling, .dismissive], before: -60, after: -75)])
        #expect(h.kind == .repair)
        #expect(h.text.contains(Technique.dismissive.explanation))
    }

    @Test func onceAcknowledgedTheUntoldStoryIsExploredUnlessAskedRecently() {
        let acknowledged = turn([.reflectFeeling], before: -60, after: -40)
        #expect(hint([acknowledged]).kind == .explore)
        let asked = turn([.openQuestion, .validate], before: -40, after: -30)
        #expect(hint([acknowledged, asked]).kind == .goal)
    }

    @Test func goalsComeRequiredFirstAndInTheirOrder() {
        let base = turn([.openQuestion, .apology], before: -60, after: -30, revealed: ["rent"])
        let first = hint([base])
        #expect(first.goalID == "verify")  // refund must wait for verify; fee is optional
        #expect(first.text == "Still to do: confirm which order.")
        var verified = base
        verified.after.met = ["verify"]
        #expect(hint([verified]).goalID == "refund")
        verified.after.met = ["verify", "refund"]
        #expect(hint([verified]).goalID == "fee")
    }

    @Test func withEverythingMetTheCustomerIsSettledThenTheCallClosed() {
        var done = turn([.openQuestion, .apology], before: -40, after: -30, revealed: ["rent"], met: ["verify", "refund", "fee"])
        #expect(hint([done]).kind == .reassure)
        done.after.mood = 10
        #expect(hint([done]).kind == .close)
        #expect(hint([done], outcome: .resolved).kind == .over)
    }
}
