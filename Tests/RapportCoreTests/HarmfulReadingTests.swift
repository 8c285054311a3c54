import Testing
@testable import RapportCore

// Replies that look warm or neutral on the surface but are not: the non-apology, "sorry" as pardon, mockery,
// empathy said only before a wall, and insults aimed at the customer.

@Test func theNonApologyRegretsTheirReactionAndIsDismissive() {
    let complaint = "This is the worst service I've ever had."
    let brushOff = analyze("I'm sorry you feel that way.", customer: complaint)
    #expect(brushOff.has(.dismissive))
    #expect(!brushOff.has(.apology))
    #expect(brushOff.level(.emotionalReactions) == 0)
    #expect(analyze("I'm sorry if you were offended.", customer: complaint).has(.dismissive))
    #expect(analyze("Sorry if that upset you.").has(.dismissive))
    // Sorry for what happened to them is an apology.
    let real = analyze("I'm so sorry you were left waiting all day.", customer: complaint)
    #expect(real.has(.apology) && !real.has(.dismissive))
    // After they speak of how they feel, it is sympathy for that feeling.
    let sympathy = analyze("I'm sorry you feel that way.", customer: "I feel like nobody at your company listens to me.")
    #expect(sympathy.has(.apology) && !sympathy.has(.dismissive))
}

@Test func sorryAsPardonIsNoApology() {
    let pardon = analyze("Sorry, could you repeat the postcode?")
    #expect(!pardon.has(.apology))
    #expect(pardon.level(.emotionalReactions) == 0)
    #expect(!analyze("Sorry, I didn't catch that.").has(.apology))
    #expect(analyze("Sorry to keep you waiting.").has(.apology))
    #expect(analyze("I'm so sorry, I'll repeat the refund request today.").has(.apology))
}

@Test func belittlingIsSarcasmAndAMockingQuestionExploresNothing() {
    let mocking = analyze("Wow, you really don't get it, do you?", customer: "I still don't understand the bill.")
    #expect(mocking.has(.sarcasm))
    #expect(!mocking.has(.closedQuestion))
    #expect(mocking.level(.explorations) == 0)
    #expect(analyze("Nice going, you locked the account again.").has(.sarcasm))
    #expect(analyze("Well done for breaking it again.").has(.sarcasm))
    // Sincere praise and an offer to explain are not.
    #expect(!analyze("Well done, you've got through the worst of the paperwork.").has(.sarcasm))
    #expect(!analyze("If you don't understand any part of the bill, just ask me.").has(.sarcasm))
    #expect(!analyze("It's not hard to understand why you're upset.").has(.sarcasm))
    #expect(analyze("Sure, because waiting three weeks is totally normal.").has(.sarcasm))
    let mockThanks = analyze("Thanks a lot, really helpful of you to hang up on me.")
    #expect(mockThanks.has(.sarcasm) && !mockThanks.has(.gratitude))
    #expect(!analyze("It's totally normal to feel that way, because the wait was long.").has(.sarcasm))
    // Thanks in a sentence of its own stands.
    #expect(analyze("Thanks for waiting. Oh great, another delay.").has(.gratitude))
}

@Test func empathySaidOnlyAsAPrefaceToAWallEarnsNothing() {
    let customer = "Why can't I get a refund?"
    let wall = analyze("That's company policy.", customer: customer)
    let prefaced = analyze("I understand your frustration, however this is company policy.", customer: customer)
    #expect(prefaced.has(.policyShield))
    #expect(!prefaced.has(.reflectFeeling))
    #expect(prefaced.level(.interpretations) == 0)
    #expect(prefaced.empathy == wall.empathy)
    // Across a sentence break when the wall opens with the contrast.
    let split = analyze("I'm so sorry about this. But you should have read the terms.", customer: customer)
    #expect(split.has(.blame) && !split.has(.apology))
    #expect(split.level(.emotionalReactions) == 0)
    // "But" before an offer of help takes nothing back.
    let offer = analyze("I'm sorry, but I'll get it fixed today.", customer: customer)
    #expect(offer.has(.apology))
    // An acknowledgement in an earlier, separate sentence stands.
    let earlier = analyze("I'm so sorry about this. I'll check what I can do. That said, refunds after 90 days are against our policy.", customer: customer)
    #expect(earlier.has(.apology))
}

@Test func anInsultAimedAtTheCustomerCostsWhatSwearingAtThemCosts() {
    let insult = analyze("You're an idiot.")
    #expect(insult.has(.profanity))
    #expect(insult.empathy == 0)
    #expect(analyze("You are useless.").has(.profanity))
    let asked = analyze("Are you stupid?")
    #expect(asked.has(.profanity) && !asked.has(.closedQuestion))
    #expect(asked.level(.explorations) == 0)
    // Not aimed at the customer.
    #expect(!analyze("Don't feel stupid, the form is confusing.").has(.profanity))
    #expect(!analyze("That's a stupid fee, I agree.").has(.profanity))
    #expect(!analyze("You're not stupid at all.").has(.profanity))
}

@Test func exasperationAndReproachAreReadAsSuch() {
    let customer = "I was told my refund would be back in 3 days, and it's been two weeks."
    // Mock praise opening a sentence, with or without "oh".
    #expect(analyze("Great, another refund complaint.", customer: customer).has(.sarcasm))
    #expect(!analyze("Great, I've found your order.", customer: customer).has(.sarcasm))
    // "Bloody" is swearing at work.
    #expect(analyze("Bloody hell, that's a long time.", customer: customer).has(.profanity))
    // "As I explained" reproaches; the "I" in it tells no story of the agent's own (no shared experience).
    let reproach = analyze("As I explained, refunds take 5 to 10 working days.", customer: customer)
    #expect(reproach.has(.blame))
    #expect(!reproach.has(.selfDisclosure))
    #expect(reproach.level(.interpretations) == 0)
    #expect(analyze("I explained it to my husband and he couldn't believe it either.", customer: customer).has(.selfDisclosure))
}

@Test func aRuleNamedOnTheWayToHelpingIsNoWall() {
    let customer = "You charged me a late fee, and your company denied my claim."
    for engaged in ["That's our policy, but I can waive it this time.", "It's company policy, but let me see what I can do.",
                    "That's our policy. However, I'll refund it as a one-off.",
                    "I'm sorry. The decision is made by the medical team, but I can help you appeal it."] {
        #expect(!analyze(engaged, customer: customer).has(.policyShield), "\(engaged)")
    }
    // Passing the decision on, or a refusal after the contrast, is still a wall, and takes back the preface.
    for wall in ["That's our policy, there's nothing I can do.", "That's our policy, but I can't waive it.",
                 "It's not up to me, I'm afraid.", "That's company policy. I'll transfer you."] {
        #expect(analyze(wall, customer: customer).has(.policyShield), "\(wall)")
    }
    let prefaced = analyze("I understand, but the decision was made by our medical review team.", customer: customer)
    #expect(prefaced.has(.policyShield))
    #expect(prefaced.level(.interpretations) == 0)
}

@Test func disowningTheFaultIsDismissiveButTakingItOffThemReassures() {
    let customer = "I've been on hold for 45 minutes and got cut off twice. I just want to cancel."
    #expect(analyze("That's not our fault, the phone lines are busy.", customer: customer).has(.dismissive))
    let kind = analyze("It's not your fault at all.", customer: customer)
    #expect(kind.has(.reassurance) && !kind.has(.dismissive))
    // A feeling of one's own at their news is a reaction to it, not a story; cancelling right now is a next step.
    let gutted = analyze("I'm gutted to hear that, we'd hate to lose you.", customer: customer)
    #expect(gutted.level(.emotionalReactions) == 2 && !gutted.has(.selfDisclosure))
    #expect(analyze("I can cancel that for you right now.", customer: customer).has(.nextStep))
}

@Test func aDoubtPutAsAQuestionIsBlameAndExploresNothing() {
    let customer = "I never got the reset email and now I'm locked out."
    for reply in ["Did you even check your spam folder?", "Did you actually read the email before you clicked?",
                  "Did you bother to look at the letter?"] {
        let reading = analyze(reply, customer: customer)
        #expect(reading.has(.blame), "\(reply)")
        #expect(reading.level(.explorations) == 0, "\(reply)")
    }
    // Asking whether it arrived, or what they think, doubts nothing.
    for reply in ["Did you actually get the email we sent?", "Do you really think that's fair?", "Could you check your spam folder for me?"] {
        #expect(!analyze(reply, customer: customer).has(.blame), "\(reply)")
    }
}

@Test func atLeastWithStillOrOnlyStillMinimises() {
    let customer = "My new phone died after two days."
    for reply in ["At least you still have the old phone.", "At least you only had it two days."] {
        #expect(analyze(reply, customer: customer).has(.dismissive), "\(reply)")
    }
    // The agent at work on the case is no story of their own.
    let sorting = analyze("You can use your old phone while I sort this.", customer: customer)
    #expect(!sorting.has(.selfDisclosure) && sorting.level(.interpretations) == 0)
    #expect(analyze("I sort of know how that feels.", customer: customer).has(.selfDisclosure))
}

@Test func praiseThatTalksDownIsSarcasm() {
    let customer = "I finally got into the app after an hour."
    for reply in ["Well done for managing to log in.", "See, that wasn't so hard.", "That wasn't so hard, was it?",
                  "Good for you for actually reading it."] {
        let reading = analyze(reply, customer: customer)
        #expect(reading.has(.sarcasm), "\(reply)")
        #expect(reading.empathy < 20, "\(reply)")
    }
    // Praise for getting through it, and a kind look back, mean what they say.
    for reply in ["Well done for getting through all of that.", "It wasn't so bad in the end, I hope.",
                  "Well done for remembering your password, that's the hardest part.", "It's not that difficult to fix, I'll do it now."] {
        #expect(!analyze(reply, customer: customer).has(.sarcasm), "\(reply)")
    }
}

@Test func aBoundaryAboutConductIsNoPolicyShield() {
    let customer = "You've cut my mobile off, you useless lot. Put it back on. Now."
    for reply in ["I want to sort this, but I can't do that while you're swearing at me.", "I can't help you if you keep shouting at me.",
                  "I'm not able to help you while you're being abusive.", "I can't help you while you talk to me like that.",
                  "I can't help you while I'm being shouted at.", "I can't do that while I'm being spoken to like this."] {
        #expect(!analyze(reply, customer: customer).has(.policyShield), "\(reply)")
    }
    // A condition about the case is still a wall.
    for reply in ["I can't do that while the account is in arrears.", "We can't give a refund if you've used it."] {
        #expect(analyze(reply, customer: customer).has(.policyShield), "\(reply)")
    }
}

@Test func officeWallsAndCatchphrasesAreHarmEvenSoftened() {
    let charged = "Why was I charged twice?"
    #expect(analyze("Per our T&Cs, we can't action that.", customer: charged).has(.policyShield))
    for reply in ["Computer says no.", "That's just how it is, I'm afraid.", "I'm afraid that's just how it is."] {
        #expect(analyze(reply, customer: charged).has(.dismissive), "\(reply)")
    }
    // A rule that helps them, and a refusal with the way forward, are no wall.
    for reply in ["Under our policy you're entitled to a full refund.", "I can't process that today, but I'll do it first thing tomorrow."] {
        #expect(!analyze(reply, customer: charged).has(.policyShield), "\(reply)")
    }
}
