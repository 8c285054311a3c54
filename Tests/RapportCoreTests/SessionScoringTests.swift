import Testing
@testable import RapportCore

/// Builds transcripts by hand, so scoring rules can be checked one at a time.
struct TranscriptBuilder {
    var turns: [TurnRecord] = []
    var mood: Int
    var trust = 0

    init(mood: Int = -50) { self.mood = mood }

    mutating func add(_ reply: String, empathy: Int, techniques: [Technique] = [], moodAfter: Int? = nil, met: [String] = [],
                      revealed: [String] = [], events: [TurnEvent] = [], mechanisms: [Mechanism: Int] = [:]) {
        let before = PersonaState(mood: mood, trust: trust, patience: 3)
        let after = PersonaState(mood: moodAfter ?? mood, trust: trust, patience: 3, revealed: revealed, met: met)
        let evidence = techniques.map { Evidence(technique: $0, start: 0, end: min(5, reply.unicodeScalars.count), text: String(reply.prefix(5))) }
        let analysis = ReplyAnalysis(empathy: empathy, mechanisms: mechanisms, techniques: techniques, evidence: evidence, breakdown: [])
        turns.append(TurnRecord(number: turns.count + 1, reply: reply, customerLine: "…", analysis: analysis, before: before, after: after, events: events))
        mood = after.mood
    }

    func transcript(outcome: Outcome?) -> Transcript {
        Transcript(scenarioID: "t", scenarioFile: "t.lua", seed: 1, opening: "Hi", turns: turns, outcome: outcome)
    }
}

let sampleDefinition = ScenarioDefinition(
    apiVersion: 1, id: "t", title: "T", summary: "", difficulty: 2, channel: "phone", skills: [], maxTurns: 8,
    persona: Persona(name: "Dana", mood: -50, patience: 3, trust: 0, story: [StoryPart(id: "rent", text: "Her rent bounced."), StoryPart(id: "job", text: "She just lost her job.")]),
    goals: [Goal(id: "verify", description: "Verify the charge", required: true, weight: 1), Goal(id: "refund", description: "Refund it", required: true, weight: 2),
            Goal(id: "fee", description: "Cover the fee", weight: 1)],
    tests: [], file: "t.lua")

@Suite struct TurnScorerTests {
    @Test func fixingWhileUpsetWithoutAcknowledgingCostsPoints() {
        var b = TranscriptBuilder(mood: -60)
        b.add("I'll refund it.", empathy: 40, techniques: [.nextStep])
        let score = TurnScorer().score(b.turns)[0]
        #expect(score.empathy == 25)
        #expect(score.adjustments.first?.text.contains("jumped to the fix") == true)
    }

    @Test func acknowledgingBeforeFixingEarnsPoints() {
        var b = TranscriptBuilder(mood: -60)
        b.add("That sounds stressful; I'll refund it.", empathy: 60, techniques: [.reflectFeeling, .nextStep])
        #expect(TurnScorer().score(b.turns)[0].empathy == 65)
    }

    @Test func courtesyIsNotAnAcknowledgementButANamedReactionIs() {
        // "Thanks for calling" is a weak emotional reaction (courtesy); said to someone who has just told of a
        // death, with an offer of help, it is not acknowledging how they feel.
        let analyzer = ReplyAnalyzer()
        let customer = AnalysisContext(customerText: "My mother passed away on the 3rd and I don't know what to do about her account.")
        let courtesy = analyzer.analyze("Hello, thanks for calling, how can I help?", context: customer)
        #expect(courtesy.level(.emotionalReactions) == 1)
        #expect(!TurnScorer.acknowledges(courtesy))
        var b = TranscriptBuilder(mood: -40)
        b.add("Hello, thanks for calling, how can I help?", empathy: courtesy.empathy, techniques: [.ownership],
              mechanisms: [.emotionalReactions: 1])
        #expect(TurnScorer().score(b.turns)[0].adjustments.first?.text.contains("jumped to the fix") == true)
        let named = analyzer.analyze("I feel so sad for you, losing your mum.", context: customer)
        #expect(named.level(.emotionalReactions) == 2)
        #expect(TurnScorer.acknowledges(named))
    }

    @Test func fixingACalmCustomerIsNotPenalised() {
        var b = TranscriptBuilder(mood: 10)
        b.add("I'll refund it.", empathy: 40, techniques: [.nextStep])
        #expect(TurnScorer().score(b.turns)[0].empathy == 40)
    }

    @Test func repeatingARepyWordForWordIsRobotic() {
        var b = TranscriptBuilder(mood: 0)
        b.add("I understand your frustration.", empathy: 50)
        b.add("I understand your frustration!", empathy: 50)
        let scores = TurnScorer().score(b.turns)
        #expect(scores[0].empathy == 50)
        #expect(scores[1].empathy == 30)
        #expect(scores[1].adjustments.first?.text.contains("robotic") == true)
    }

    @Test func reusingASentenceIsScripted() {
        var b = TranscriptBuilder(mood: 0)
        b.add("Thank you for your patience with this. Let me look.", empathy: 50)
        b.add("Okay. Thank you for your patience with this.", empathy: 50)
        let scores = TurnScorer().score(b.turns)
        #expect(scores[1].empathy == 40)
        #expect(scores[1].adjustments.first?.quote == "thank you for your patience with this")
    }

    @Test func scenarioWeightsChangeTheScoreWithEvidence() {
        var b = TranscriptBuilder(mood: 0)
        b.add("You must be exhausted.", empathy: 60, techniques: [.reflectFeeling])
        let scores = TurnScorer(weights: [.reflectFeeling: 2]).score(b.turns)
        #expect(scores[0].empathy == 68)
        #expect(scores[0].adjustments.first?.text == "this customer values reflect feeling")  // words, as the trainee reads them
        #expect(scores[0].adjustments.first?.quote == "You m")
    }

    @Test func aHarmfulReplyNeverScoresAboveTheAcknowledgingOneItReplaces() {
        for mood in stride(from: -100, through: 100, by: 20) {
            var warm = TranscriptBuilder(mood: mood)
            warm.add("That sounds hard, I'm sorry.", empathy: 75, techniques: [.reflectFeeling, .apology])
            var cold = TranscriptBuilder(mood: mood)
            cold.add("Calm down.", empathy: 5, techniques: [.dismissive])
            #expect(TurnScorer().score(cold.turns)[0].empathy < TurnScorer().score(warm.turns)[0].empathy)
        }
    }
}

@Suite struct SessionScorerTests {
    @Test func resolutionCountsGoalsByWeightAndTheOutcome() {
        var b = TranscriptBuilder()
        b.add("Let me check.", empathy: 50, met: ["verify"], events: [.goalMet("verify")])
        b.add("I'll refund it.", empathy: 50, met: ["verify", "refund"], events: [.goalMet("refund")])
        let score = SessionScorer().score(b.transcript(outcome: .resolved), definition: sampleDefinition)
        #expect(score.resolution == 85)  // 15 + 30 of 60 for goals, 40 for resolved
        #expect(score.resolutionReasons.contains { $0.turn == 2 && $0.text == "goal met: Refund it" && $0.quote == "I'll refund it." })
        #expect(score.resolutionReasons.contains { $0.text == "goal not met: Cover the fee" })
    }

    @Test func anUnmetRequiredGoalCapsResolution() {
        var b = TranscriptBuilder()
        b.add("Let me check.", empathy: 50, met: ["verify", "fee"])
        let score = SessionScorer().score(b.transcript(outcome: .resolved), definition: sampleDefinition)
        #expect(score.resolution == 50)
        #expect(score.resolutionReasons.contains { $0.text.contains("capped at 50") })
    }

    @Test func abandonedWithNothingMetScoresZero() {
        var b = TranscriptBuilder()
        b.add("Calm down.", empathy: 5, techniques: [.dismissive])
        let score = SessionScorer().score(b.transcript(outcome: .abandoned), definition: sampleDefinition)
        #expect(score.resolution == 0)
        #expect(score.empathy == 5)
        #expect(score.empathyReasons.contains { $0.turn == 1 && $0.text.contains("dismissive") })
        #expect(score.empathyReasons.first?.text == "average of 1 reply scored in context")
    }

    @Test func usingMostOfTheTurnsCostsALittle() {
        var b = TranscriptBuilder()
        for _ in 0..<7 { b.add("Hmm.", empathy: 40) }
        let score = SessionScorer().score(b.transcript(outcome: .unresolved), definition: sampleDefinition)
        #expect(score.resolutionReasons.contains { $0.text == "took 7 of 8 turns" && $0.points == -5 })
        #expect(score.resolution == 0)
    }

    @Test func noRepliesMeansNoEmpathyScore() {
        let score = SessionScorer().score(TranscriptBuilder().transcript(outcome: .unresolved), definition: sampleDefinition)
        #expect(score.empathy == 0)
    }
}

@Suite struct DebriefBuilderTests {
    @Test func debriefQuotesTheTraineeAndShowsTheStory() {
        var b = TranscriptBuilder(mood: -50)
        b.add("Whatever.", empathy: 20, moodAfter: -60)
        b.add("I'm so sorry, that sounds exhausting. What happened?", empathy: 85, techniques: [.apology, .reflectFeeling, .openQuestion],
              moodAfter: -30, revealed: ["rent"], events: [.revealed("rent")])
        let d = DebriefBuilder().debrief(b.transcript(outcome: .unresolved), definition: sampleDefinition)
        #expect(d.outcome == .unresolved)
        #expect(d.strengths.map(\.turn) == [2])
        #expect(d.strengths.first?.quote == "I'm so sorry, that sounds exhausting. What happened?")
        #expect(d.missedOpportunities.first?.turn == 1)
        #expect(d.missedOpportunities.first?.note.contains("did not acknowledge") == true)
        #expect(d.storyUncovered.map(\.id) == ["rent"])
        #expect(d.storyMissed.map(\.id) == ["job"])
        #expect(d.moodCurve == [-50, -60, -30])
        #expect(d.goals.map(\.met) == [false, false, false])
    }

    @Test func aGoalHeldBackByItsOrderSaysWhichGoalItWaitsFor() {
        var definition = sampleDefinition
        definition.goals = [Goal(id: "verify", description: "Verify the charge", required: true),
                            Goal(id: "refund", description: "Refund it", required: true, after: "verify"),
                            Goal(id: "fee", description: "Cover the fee", after: "verify")]
        var b = TranscriptBuilder()
        b.add("I'll refund it.", empathy: 50)
        let waiting = DebriefBuilder().debrief(b.transcript(outcome: .unresolved), definition: definition)
        #expect(waiting.goals.map(\.waitingFor) == [nil, "Verify the charge", "Verify the charge"])
        // Once the first goal is met, nothing waits, whether or not the later goals were met.
        var met = TranscriptBuilder()
        met.add("Let me check that charge; I'll refund it.", empathy: 50, met: ["verify", "refund"])
        let done = DebriefBuilder().debrief(met.transcript(outcome: .unresolved), definition: definition)
        #expect(done.goals.map(\.waitingFor) == [nil, nil, nil])
        #expect(done.goals.map(\.met) == [true, true, false])
    }

    @Test func withNoReplyAtSixtyTheClosestSaysWhatWouldTakeItHigher() {
        var b = TranscriptBuilder(mood: 0)
        b.add("Okay.", empathy: 20)
        b.add("That must be so hard.", empathy: 44, techniques: [.reflectFeeling], mechanisms: [.interpretations: 2])
        b.add("Whatever, that's our policy.", empathy: 50, techniques: [.policyShield], mechanisms: [.emotionalReactions: 1])
        let d = DebriefBuilder().debrief(b.transcript(outcome: .unresolved), definition: sampleDefinition)
        #expect(d.strengths.isEmpty)
        // The harmful reply scored more but is not held up; the reading is, with the two mechanisms it lacked.
        #expect(d.nearest?.turn == 2)
        #expect(d.nearest?.note == "reflect feeling (44); adding a reaction of your own (\u{201C}I'm so sorry…\u{201D}) or a question about what they have not said yet would take it higher")
        // With a reply at 60 or more, that reply is a strength and there is no "closest".
        b.add("I'm so sorry, that must be so hard. What happened?", empathy: 80, techniques: [.apology], mechanisms: [.emotionalReactions: 2])
        #expect(DebriefBuilder().debrief(b.transcript(outcome: .unresolved), definition: sampleDefinition).nearest == nil)
        // No mechanism anywhere: nothing to point at.
        var flat = TranscriptBuilder(mood: 0)
        flat.add("Okay.", empathy: 20)
        #expect(DebriefBuilder().debrief(flat.transcript(outcome: .unresolved), definition: sampleDefinition).nearest == nil)
    }

    @Test func harmfulRepliesAreMissedOpportunities() {
        var b = TranscriptBuilder(mood: 0)
        b.add("That's our policy.", empathy: 10, techniques: [.policyShield])
        let d = DebriefBuilder().debrief(b.transcript(outcome: .abandoned), definition: sampleDefinition)
        #expect(d.missedOpportunities.first?.note.hasPrefix("policy shield") == true)
    }
}
