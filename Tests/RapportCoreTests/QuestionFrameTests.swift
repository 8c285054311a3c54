import Testing
@testable import RapportCore

// Questions asked through a polite frame, details asked for on record, and offers put as questions.

@Test func aQuestionInsideAPoliteFrameIsAsOpenAsTheQuestionItself() {
    let customer = "I've been on hold for 45 minutes and I just want to cancel."
    for open in ["Can I ask what's made you want to leave?", "Can I ask why you want to cancel?",
                 "Would you mind telling me how it happened?", "Can you tell me what happened?"] {
        let reply = analyze(open, customer: customer)
        #expect(reply.has(.openQuestion) && !reply.has(.closedQuestion), "\(open)")
    }
    for closed in ["May I ask how long you've been with us?", "Could you tell me when it arrived?", "Can I ask you something?"] {
        let reply = analyze(closed, customer: customer)
        #expect(reply.has(.closedQuestion) && !reply.has(.openQuestion), "\(closed)")
    }
}

@Test func askingForADetailOnRecordIsClosed() {
    for closed in ["What's the account number?", "What is your postcode?", "What's the reference number on the letter?",
                   "What device are you watching on?", "What tariff are you on?"] {
        let reply = analyze(closed)
        #expect(reply.has(.closedQuestion) && !reply.has(.openQuestion), "\(closed)")
    }
    // Asking what matters to them, or for examples, stays open.
    #expect(analyze("What's your biggest worry about the balance?").has(.openQuestion))
    #expect(analyze("What kind of films do you watch?").has(.openQuestion))
    #expect(analyze("What tariff are you on?", customer: "The stream keeps dropping.").level(.explorations) == 0)
    #expect(analyze("What is the worst part of all this for you?").has(.openQuestion))
}

@Test func anOfferPutAsAQuestionExploresNothing() {
    let customer = "I've been on hold for 45 minutes and I just want to cancel."
    let offer = analyze("Before you cancel, can I offer you 50% off for three months?", customer: customer)
    #expect(offer.has(.closedQuestion))
    #expect(offer.level(.explorations) == 0)
    #expect(analyze("Could we send you a replacement today?", customer: customer).level(.explorations) == 0)
    // Asking about their reasons still explores.
    #expect(analyze("Can I ask what's made you want to leave?", customer: customer).level(.explorations) == 2)
}

@Test func askingAboutAPersonInTheirStoryIsSpecificAndAboutTheirPaperworkIsService() {
    let customer = "My mum's account is still open and I keep getting letters. She died in March."
    #expect(analyze("What was she like?", customer: customer).level(.explorations) == 2)
    #expect(analyze("Did she live alone?", customer: customer).level(.explorations) == 2)
    let paperwork = analyze("Do you have the death certificate?", customer: customer)
    #expect(paperwork.has(.closedQuestion))
    #expect(paperwork.level(.explorations) == 0)
    // Without a message from them, "she" points at nobody in their story.
    #expect(analyze("What was she like?").level(.explorations) < 2)
}

@Test func seeingTheRecordIsNotUnderstandingThePerson() {
    let customer = "I was charged twice for one order."
    #expect(analyze("Thank you. I can see both charges for order 4471.", customer: customer).level(.interpretations) == 0)
    #expect(analyze("I can see from your account that it went out twice.", customer: customer).level(.interpretations) == 0)
    #expect(analyze("Thanks. I can see both charges.", customer: customer).level(.interpretations) == 0)
    #expect(analyze("I can see the notes from your last call.", customer: customer).level(.interpretations) == 0)
    // Seeing why, or just "I can see", is understanding.
    #expect(analyze("I can see why you're upset.", customer: customer).level(.interpretations) == 2)
    #expect(analyze("I can see.", customer: customer).level(.interpretations) == 1)
}

@Test func aPrefaceIsNoQuestionAndABrushOffAsksNothing() {
    let customer = "My card was cloned and you cut me off."
    let preface = analyze("Can I just say, you're handling this really well.", customer: customer)
    #expect(!preface.has(.closedQuestion) && !preface.has(.openQuestion))
    #expect(preface.has(.reassurance))
    let brushOff = analyze("Could you please calm down so I can help you?", customer: customer)
    #expect(brushOff.has(.dismissive))
    #expect(brushOff.level(.explorations) == 0)
    // Typed without "?", a framed question is still a question, and no story of the agent's.
    let unmarked = analyze("Can I ask what happened", customer: customer)
    #expect(unmarked.has(.openQuestion) && !unmarked.has(.selfDisclosure))
}

@Test func aPoliteAskAboutWhatHappenedExploresWithOrWithoutTheMark() {
    let customer = "The engineer never turned up and nobody rang."
    for reply in ["Can I ask what happened", "Could I just ask what went wrong", "I'd like to understand what happened."] {
        let reading = analyze(reply, customer: customer)
        #expect(reading.level(.explorations) >= 1, "\(reply)")
        #expect(reading.has(.openQuestion), "\(reply)")
    }
    // Knowing what happened asks nothing; a softened frame around a fact is still closed.
    #expect(analyze("I know what happened.", customer: customer).level(.explorations) == 0)
    #expect(analyze("Could I just ask when it was booked?", customer: customer).has(.closedQuestion))
}

@Test func questionsAboutThemExploreAndOffersOfMoreServiceDoNot() {
    let billed = "I was billed twice and my rent bounced."
    for reply in ["Is there anything else worrying you about this?", "Tell me what happened from the start.", "What would help most right now?"] {
        #expect(analyze(reply, customer: billed).level(.explorations) >= 1, "\(reply)")
    }
    for reply in ["Is there anything else I can help you with?", "Is there anything else you need today?"] {
        #expect(analyze(reply, customer: billed).level(.explorations) == 0, "\(reply)")
    }
    // "Who else have you spoken to?" asks; "Have you spoken to your bank?" proposes.
    #expect(!analyze("Who else have you spoken to about this?", customer: billed).has(.suggestion))
    #expect(analyze("Have you spoken to your bank?", customer: billed).has(.suggestion))
}
