import Testing
@testable import RapportCore

@Test func harmfulTechniquesPullTheScoreDownHard() {
    let warm = analyze("I'm so sorry, that sounds exhausting. What happened when you called?")
    let cold = analyze("Calm down. That's our policy.")
    #expect(warm.empathy >= 70)
    #expect(cold.empathy <= 10)
    let mixed = analyze("I'm so sorry, that sounds exhausting. But honestly, you should have read the terms.")
    let kind = analyze("I'm so sorry, that sounds exhausting.")
    #expect(kind.empathy - mixed.empathy >= 25)
}

@Test func lengthAloneDoesNotRaiseTheScore() {
    let short = analyze("I'm sorry, that sounds frustrating.")
    let padded = analyze(String(repeating: "I'm sorry, that sounds frustrating. ", count: 40))
    #expect(padded.empathy == short.empathy)
    let filler = analyze(String(repeating: "The order was placed on a weekday and the box was brown. ", count: 30))
    #expect(filler.empathy <= analyze("The order was placed on a weekday.").empathy)
}

@Test func breakdownAddsUpToTheScore() {
    for text in ["I'm sorry, that sounds exhausting.", "Thanks, I'll call you back by 5pm today.", "Whatever.", ""] {
        let result = analyze(text)
        let sum = result.breakdown.reduce(0) { $0 + $1.points }
        #expect(Int(min(100, max(0, sum)).rounded()) == result.empathy)
        #expect((0...100).contains(result.empathy))
    }
}

@Test func mechanismsFollowEpitomeDefinitions() {
    let strongReaction = analyze("I'm so sorry you've been dealing with this.")
    #expect(strongReaction.level(.emotionalReactions) == 2)
    let weakReaction = analyze("Hang in there, it will get better.")
    #expect(weakReaction.level(.emotionalReactions) == 1)
    let interpretation = analyze("It sounds like you've been passed around for days and you're exhausted.")
    #expect(interpretation.level(.interpretations) == 2)
    let generic = analyze("I understand.")
    #expect(generic.level(.interpretations) == 1)
    let exploration = analyze("What happened when you called on Monday?")
    #expect(exploration.level(.explorations) == 2)
    let nothing = analyze("Your order number is 4471.")
    #expect(Mechanism.allCases.allSatisfy { nothing.level($0) == 0 })
}

@Test func swearingAtTheCustomerCostsMoreThanCasualSwearing() {
    let casual = analyze("That's a damn shame, I'm sorry.")
    let directed = analyze("I'm sorry, but you're a damn idiot.")
    #expect(casual.has(.profanity) && directed.has(.profanity))
    #expect(directed.empathy < casual.empathy - 15)
}

@Test func serviceQuestionsAreQuestionsButNotExplorations() {
    let details = analyze("Which device are you using?")
    #expect(details.has(.closedQuestion))
    #expect(details.level(.explorations) == 0)
    let offer = analyze("Is there anything else I can help you with?")
    #expect(offer.has(.openQuestion))
    #expect(offer.level(.explorations) == 0)
    #expect(analyze("How are you holding up after all this?").level(.explorations) >= 1)
}

@Test func checkingTheLineOfferingHelpAndAskingPermissionAreServiceNotExploration() {
    // Still on the line, offers of help, and permission for the next step of the case: questions, not explorations.
    for text in ["Are you still on the line?", "Sorry for the wait, are you still with me?", "How may I help you this morning?",
                 "Can I assist you with anything else about the refund?", "Do you have any more queries about the bill?",
                 "Would you like me to resend the invoice?", "Is it okay if I reset your password now?",
                 "Do you want to try it once more?", "Which error code is the boiler display showing?",
                 "Just checking, you are still with me?", "Can I do anything else for you today?",
                 "Do you need any further help with the meter reading?", "Would Tuesday morning be convenient for you?",
                 "Is that okay with you?", "Can you see that on the meter now?", "Did you reboot it first?", "Is it still loading for you?"] {
        let result = analyze(text, customer: "My boiler keeps cutting out and the bill is wrong.")
        #expect(result.has(.closedQuestion) || result.has(.openQuestion), "\(text)")
        #expect(result.level(.explorations) == 0, "\(text)")
    }
    // Questions about the customer's own experience still explore it.
    #expect(analyze("Are you still worried about the bill?", customer: "The bill scared me.").level(.explorations) >= 1)
    #expect(analyze("How did you feel when the engineer left without fixing it?").level(.explorations) == 2)
    #expect(analyze("Were you able to finish the cookies before the parcel came?").level(.explorations) >= 1)
}

@Test func heartsAndHugsReadAsWarmth() {
    let result = analyze("We'll get there together 🤗")
    #expect(result.level(.emotionalReactions) >= 1)
    let plain = analyze("We'll get there together")
    #expect(plain.level(.emotionalReactions) <= result.level(.emotionalReactions))
}

@Test func hopesOpenDoorsAndFellowFeelingAreWeakWarmth() {
    #expect(analyze("Hopefully the new card arrives before the weekend.").level(.emotionalReactions) == 1)
    #expect(analyze("Feel free to message me if it happens again.").level(.emotionalReactions) == 1)
    #expect(analyze("I felt the same way when my own flight was cancelled.").level(.emotionalReactions) >= 1)
    #expect(analyze("The card will hopefully be sent on Friday.").level(.emotionalReactions) == 0)
    #expect(analyze("Feel the fabric before you order.").level(.emotionalReactions) == 0)
}

@Test func validationCountsOnceAndDoesNotOutscoreAnApology() {
    let customer = "The engineer missed the slot again and I took the day off work for it."
    let sense = analyze("That makes complete sense.", customer: customer)
    let anyone = analyze("Anyone would be upset after three missed appointments.", customer: customer)
    let sorry = analyze("I'm so sorry this happened.", customer: customer)
    // Validation earns one weak interpretation and nothing more: no warmth of its own, no bonus on top.
    for valid in [sense, anyone] {
        #expect(valid.has(.validate))
        #expect(valid.breakdown.filter { $0.points > 0 }.map(\.basis) == [nil, Mechanism.interpretations.rawValue])
        #expect(valid.empathy < sorry.empathy)
    }
    // It still adds understanding to warmth: the apology with a validation beats the apology alone.
    let both = analyze("I'm so sorry this happened, and anyone would be upset after three missed appointments.", customer: customer)
    #expect(both.empathy > sorry.empathy)
    #expect(both.level(.emotionalReactions) == 2 && both.level(.interpretations) == 1)
}
