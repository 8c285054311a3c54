import Testing
@testable import RapportCore

// Replies a trainee typed that were misread, found by trying the product as a new user would, each with the
// traps that must keep their reading.

private let broadband = "My broadband has been down for three days and I work from home, so I can't do my job."
private let shop = "The engineer never came, and the card machine at my bakery keeps losing its connection every morning."

@Test func aFeelingInferredWithAnySubjectIsAStrongInterpretation() {
    for reply in ["Working from home with no internet must be incredibly stressful.",
                  "Three days of waiting in for an engineer must have been frightening.",
                  "Being without a car must be so hard.",
                  "Must be so frustrating."] {
        let reading = analyze(reply, customer: broadband)
        #expect(reading.has(.reflectFeeling), "\(reply)")
        #expect(reading.level(.interpretations) == 2, "\(reply)")
    }
    // The speaker's own state is no reading of the customer, and a fault is no feeling.
    for reply in ["I must be tired.", "We must have been so worried about the backlog.", "The router must be faulty.", "Your son must be so worried.",
                  "The engineer must be confused about the address.", "She must be so worried."] {
        let own = analyze(reply, customer: broadband)
        #expect(!own.has(.reflectFeeling), "\(reply)")
        #expect(own.level(.interpretations) == 0, "\(reply)")
    }
    // A "no" inside a phrase does not negate the sentence's own verb; a "no" that is the subject still does.
    #expect(analyze("Nobody must be happy about that.").level(.interpretations) == 0)
}

@Test func aStoryToldWithMyAndAPastTenseIsASharedExperience() {
    let story = analyze("I totally get it, my internet went down last month and it was a nightmare.", customer: broadband)
    #expect(story.has(.selfDisclosure))
    #expect(story.level(.interpretations) == 2)
    #expect(analyze("My flight got cancelled twice last year.").has(.selfDisclosure))
    // Work talk with "my" is not the agent's life.
    for reply in ["My system shows the engineer was booked for Tuesday.", "My colleague will call you tomorrow.",
                  "My records show you called twice.", "My colleague called you yesterday.", "My last message was unclear.",
                  "My name is Sam.", "My apologies, the link expired.", "My check showed the line is fine."] {
        #expect(!analyze(reply, customer: broadband).has(.selfDisclosure), "\(reply)")
    }
}

@Test func aTroubleshootingStepAskedAsAQuestionServesTheCase() {
    for reply in ["Have you tried turning it off and on again?", "Have you tried restarting the router?",
                  "Did you try switching the hub off?", "Have you tried unplugging it for a minute?",
                  "Have you tried logging out and back in?", "Have you turned it off and on?"] {
        let step = analyze(reply, customer: broadband)
        #expect(step.level(.explorations) == 0, "\(reply)")
        #expect(step.empathy < analyze("I'm so sorry this happened.", customer: broadband).empathy, "\(reply)")
    }
    // Life advice asked as a question still explores the person.
    for reply in ["Have you tried talking to your manager?", "Have you tried switching off from work in the evenings?"] {
        let advice = analyze(reply, customer: broadband)
        #expect(advice.has(.suggestion), "\(reply)")
        #expect(advice.level(.explorations) == 2, "\(reply)")
    }
}

@Test func takingTheCaseOnIsOwnershipNotAStory() {
    for reply in ["I'm taking this on myself from here.", "I'm taking this on from here.", "I'll take it from here."] {
        let own = analyze(reply, customer: shop)
        #expect(own.has(.ownership), "\(reply)")
        #expect(!own.has(.selfDisclosure), "\(reply)")
    }
    // The speaker's own life is still a story.
    #expect(analyze("I took the same bus to work for ten years.").has(.selfDisclosure))
}

@Test func askingWhatTheyWentThroughExploresWithoutYou() {
    #expect(analyze("What happens at the shop when the connection drops?", customer: shop).level(.explorations) == 2)
    #expect(analyze("What was the worst bit?", customer: shop).level(.explorations) == 2)
    // The bare prompt stays generic, and a question about the speaker or the case explores nothing.
    #expect(analyze("What happened?", customer: shop).level(.explorations) == 1)
    #expect(analyze("What happened with the delivery?", customer: shop).level(.explorations) == 2)
    #expect(analyze("What happens next?", customer: shop).level(.explorations) == 0)
    #expect(analyze("What happens if I cancel the order?", customer: shop).level(.explorations) == 0)
    #expect(analyze("What happens when the router restarts?", customer: shop).level(.explorations) == 0)
}

@Test func judgingWhatHappenedToThemWrongValidates() {
    for reply in ["That's not acceptable, and I'm going to fix it.", "That shouldn't have happened.",
                  "You shouldn't have to chase us for a callback.", "The engineer shouted at you. That's not acceptable.",
                  "Nobody should have to wait in all day for nothing.", "That's completely unacceptable."] {
        let valid = analyze(reply, customer: shop)
        #expect(valid.has(.validate), "\(reply)")
        #expect(valid.level(.interpretations) == 1, "\(reply)")
    }
    // Aimed at the customer's own conduct it validates nothing.
    for reply in ["Your language is not acceptable.", "Please stop shouting at me. That's not acceptable.",
                  "You keep swearing, and that is not okay.", "Don't speak to me like that, that's not acceptable."] {
        #expect(!analyze(reply, customer: shop).has(.validate), "\(reply)")
    }
    // Blame is still blame.
    #expect(analyze("You shouldn't have unplugged it.", customer: shop).level(.interpretations) == 0)
}

@Test func anyExperienceThatSoundsHardIsReadAndSoIsHearingHowMuch() {
    let customer = "Your company denied my scan. I'm in pain every day."
    #expect(analyze("Being in pain every day while waiting on paperwork sounds exhausting.", customer: customer).level(.interpretations) == 2)
    let heard = analyze("I hear how much pain you're in, and I want to help you get this appealed.", customer: customer)
    #expect(heard.has(.reflectFeeling) && heard.level(.interpretations) == 2)
    // Someone else's feeling, or a hard thing called so with "sounds like a …", is not this reading.
    #expect(analyze("Your son sounds worried.", customer: customer).level(.interpretations) == 0)
    #expect(analyze("That sounds like a nightmare.", customer: customer).level(.interpretations) == 0)
}
