import Testing
@testable import RapportCore

// Ending a call as a new trainee would: the courtesies that close a call look like advice, a story of one's own or
// ownership, and are none of them. Each has the traps that must keep their reading.

private let thanks = "Great, that's everything, thanks for your help."
private let parcel = "The tracking says delivered but there's nothing on my doorstep."

@Test func takeCareWithAGoodbyeIsAFarewellNotAdvice() {
    for reply in ["Take care, bye.", "Take care, speak soon.", "Take care then!", "Take care now."] {
        let reading = analyze(reply, customer: thanks)
        #expect(!reading.has(.suggestion), "\(reply)")
        #expect(reading.level(.emotionalReactions) == 1, "\(reply)")
    }
    #expect(analyze("Take care to keep the receipt.", customer: parcel).has(.suggestion))
}

@Test func leavingTheCallIsNoStoryOfOnesOwn() {
    for reply in ["I have to wrap up the call now.", "I need to go now, but the refund is on its way.",
                  "I've got to end the chat here.", "I'm off shift now but my colleague will call you back."] {
        let reading = analyze(reply, customer: thanks)
        #expect(!reading.has(.selfDisclosure), "\(reply)")
        #expect(reading.level(.interpretations) == 0, "\(reply)")
    }
    // Leaving a job, or being off work, is the speaker's own life.
    for reply in ["I had to leave my job last year when my mum was ill.", "I'm off work with stress myself at the moment."] {
        #expect(analyze(reply, customer: parcel).has(.selfDisclosure), "\(reply)")
    }
}

@Test func aChanceToHelpAndThoughtsForThemAreNoStory() {
    for reply in ["I'm glad I had the chance to help.", "I had the opportunity to talk it through with you, thank you.",
                  "You'll be in my thoughts.", "You're in my prayers."] {
        #expect(!analyze(reply, customer: thanks).has(.selfDisclosure), "\(reply)")
    }
    #expect(analyze("You'll be in my thoughts.", customer: thanks).level(.emotionalReactions) >= 1)
    #expect(analyze("I had the chance to visit the depot myself last year.", customer: parcel).has(.selfDisclosure))
    #expect(analyze("My thoughts turned to my own dad when he was ill.", customer: parcel).has(.selfDisclosure))
}

@Test func gladICouldHelpLooksBackItTakesNothingOn() {
    for reply in ["Glad I could help.", "I'm so happy we could help today."] {
        #expect(!analyze(reply, customer: thanks).has(.ownership), "\(reply)")
    }
    #expect(analyze("I could help you with that right now.", customer: parcel).has(.ownership))
}

@Test func aRelativeClauseAndAGuessAreNotAdvice() {
    #expect(!analyze("Is there anything else that would be helpful for us to go through today?", customer: thanks).has(.suggestion))
    #expect(analyze("That would be a good idea.", customer: parcel).has(.suggestion))
    for reply in ["Maybe the courier left it with a neighbour.", "Perhaps your parcel went to the wrong door."] {
        #expect(!analyze(reply, customer: parcel).has(.suggestion), "\(reply)")
    }
    for reply in ["Maybe a quick look round the back would help?", "Maybe the best thing is to check with your neighbours."] {
        #expect(analyze(reply, customer: parcel).has(.suggestion), "\(reply)")
    }
}

@Test func aWishForTheRestOfTheirDayIsWarmth() {
    #expect(analyze("I hope the rest of your day is better.", customer: thanks).level(.emotionalReactions) == 1)
    #expect(analyze("The rest of your order ships tomorrow.", customer: parcel).level(.emotionalReactions) == 0)
}

@Test func aCallMadeRoutineIsABrushOffUnlessHelpFollows() {
    let customer = "This is the third time I've called and nobody has fixed my broadband."
    for reply in ["We get a lot of these calls.", "Honestly, we get this all the time.", "We hear this every day."] {
        let reading = analyze(reply, customer: customer)
        #expect(reading.has(.dismissive), "\(reply)")
        #expect(!reading.has(.selfDisclosure), "\(reply)")
    }
    // Turned into help, the routine reassures; from a peer, "I get this all the time" is "me too".
    let helped = analyze("We get a lot of these calls, so I know exactly how to fix it.", customer: customer)
    #expect(!helped.has(.dismissive) && helped.has(.reassurance) && !helped.has(.selfDisclosure))
    #expect(!analyze("I get this all the time, the panic just hits at night.", customer: "I keep waking up panicking.").has(.dismissive))
    #expect(analyze("I know exactly how it feels.", customer: customer).has(.selfDisclosure))
}

@Test func theAgentOnTheCallOrWaitingOnTheCaseIsNoStory() {
    for reply in ["I can't refund it while I'm waiting for approval.", "I'm waiting on my supervisor to sign it off.",
                  "I can't do that while I'm on this call."] {
        #expect(!analyze(reply, customer: parcel).has(.selfDisclosure), "\(reply)")
    }
    // Waiting for something of one's own is a story.
    for reply in ["I'm waiting for my test results too, it's awful.", "I'm still waiting for my own refund from them."] {
        #expect(analyze(reply, customer: parcel).has(.selfDisclosure), "\(reply)")
    }
}

@Test func whatTheAgentWillLookForIsNoInformation() {
    let upgrade = "My upgrade to Singapore tomorrow hasn't cleared."
    #expect(!analyze("Let me see what's available in business.", customer: upgrade).has(.information))
    #expect(analyze("The lounge is available to you before the flight.", customer: upgrade).has(.information))
}

@Test func theAgentsJobAndRecordAreNoStoryOfTheirOwn() {
    for reply in ["I've been looking at your bill and I can see what happened.", "I'm new here, so bear with me.",
                  "I've had a look and the parcel is at the depot.", "I'm in the office until 6 today.", "I'm the team leader for this area.",
                  "I'm reading through your account now."] {
        let reading = analyze(reply, customer: parcel)
        #expect(!reading.has(.selfDisclosure) && reading.level(.interpretations) < 2, "\(reply)")
    }
    // A peer's own life is still a story: a new town, a role said with "a", reading of one's own.
    for reply in ["I'm new to the area and I don't know anyone.", "I'm a manager too and it's exhausting.",
                  "I've been reading about anxiety for years.", "I had a look at houses for months before we moved."] {
        #expect(analyze(reply, customer: parcel).has(.selfDisclosure), "\(reply)")
    }
    #expect(analyze("I've done this a hundred times, don't worry.", customer: parcel).has(.reassurance))
}
