import Testing
@testable import RapportCore

/// Calling the customer by a name that is not theirs, and the many capitalised words that are not such a slip.
@Suite struct NameSlipTests {
    @Test func aGreetingOrAClosingCommaWithAnotherNameIsASlip() {
        for reply in ["Thank you, Margaret. That sounds really frustrating.", "Hi Margaret, how can I help?",
                      "I'll sort that now, Margaret.", "Thanks Margaret", "Is that right, Margaret?", "Thank you, Mrs Jones."] {
            #expect(NameSlip.wrongName(in: reply, customer: "Joan") != nil, "\(reply)")
        }
        #expect(NameSlip.wrongName(in: "Thank you, Margaret.", customer: "Joan") == "Margaret")
    }

    @Test func theRightNameOtherPeopleAndTheAgentsOwnAreNoSlip() {
        for reply in ["Thank you, Joan.", "Hi Joan, I'm Sam.", "Hi, Sam here from the support team.", "Hello, Sam speaking, how can I help?",
                      "Margaret in billing will call you at 3.", "My name is Priya, and I'll look after this.", "Thank you, sir.",
                      "Thanks, Monday works.", "Okay, Visa declined it.", "I'll ring you on Friday.", "THANK YOU, JOAN.", "No name at all here."] {
            #expect(NameSlip.wrongName(in: reply, customer: "Joan") == nil, "\(reply)")
        }
        // A surname the customer gave is theirs too.
        #expect(NameSlip.wrongName(in: "I'm so sorry, Mr Hale.", customer: "Richard", heard: "Richard Hale, Platinum, number ending 4471.") == nil)
        #expect(NameSlip.wrongName(in: "I'm so sorry, Mr Hale.", customer: "Richard") == "Hale")
    }

    @Test func theScorerTakesTenPointsForTheSlipAndNamesIt() {
        var b = TranscriptBuilder(mood: 0)
        b.add("Thank you, Margaret.", empathy: 40)
        b.add("Thank you, Joan.", empathy: 40)
        let scores = TurnScorer(customerName: "Joan").score(b.turns)
        #expect(scores.map(\.empathy) == [30, 40])
        #expect(scores[0].adjustments.first?.text == "called Joan by another name, \u{201C}Margaret\u{201D}")
        // A surname the scenario's author wrote for the customer (here in a model reply) is theirs as well.
        var definition = sampleDefinition
        definition.persona.name = "Richard"
        definition.modelReplies = [ModelReply(moment: "the opening", reply: "Mr Hale, twenty-two years is a long time.")]
        var hale = TranscriptBuilder(mood: 0)
        hale.add("Thank you, Mr Hale.", empathy: 40)
        hale.add("Thank you, Mr Hall.", empathy: 40)
        #expect(TurnScorer(definition: definition).score(hale.turns).map(\.empathy) == [40, 30])
        // Without a name, nothing is checked.
        #expect(TurnScorer().score(b.turns).map(\.empathy) == [40, 40])
    }
}
