import Testing
@testable import RapportCore

// How a feeling reflection, a validation or a story of one's own sets the EPITOME mechanism levels.

@Test func anInferredFeelingIsAStrongInterpretation() {
    #expect(analyze("That must be frightening.").level(.interpretations) == 2)
    #expect(analyze("You sound worn out.").level(.interpretations) == 2)
    // A frame that offers a reading makes even a named feeling an inference.
    #expect(analyze("It sounds like you've been passed around for days and you're exhausted.").level(.interpretations) == 2)
}

@Test func aFeelingTheyNamedSaidBackIsAWeakInterpretation() {
    let named = analyze("You're upset.")
    #expect(named.has(.reflectFeeling))
    #expect(named.level(.interpretations) == 1)
    #expect(analyze("I understand how you feel.").level(.interpretations) == 1)
}

@Test func aRestatementOfferedAsAListeningReadingIsAnInterpretation() {
    let customer = "I've rung four times this week and every time I get transferred to someone else."
    let framed = analyze("It sounds like you've been passed around for days and just want it fixed.", customer: customer)
    #expect(framed.has(.paraphrase))
    #expect(framed.level(.interpretations) == 2)
    // A frame with nothing of its own after it is generic.
    #expect(analyze("Sounds like it.", customer: customer).level(.interpretations) == 1)
    // The "I" of a listening frame tells no story.
    let hearing = analyze("What I'm hearing is that nobody has called you back.", customer: customer)
    #expect(!hearing.has(.selfDisclosure))
    #expect(hearing.level(.interpretations) == 2)
    let plain = analyze("So you've been transferred every time you rang.", customer: customer)
    #expect(plain.has(.paraphrase))
    #expect(plain.level(.interpretations) == 0)
    #expect(framed.empathy > plain.empathy)
    // "It looks like your order…" reads the record, not the person.
    #expect(analyze("It looks like your order left the depot this morning.").level(.interpretations) == 0)
}

@Test func callingTheSituationHardIsASympatheticReactionNotAnInterpretation() {
    let awful = analyze("That's awful.")
    #expect(awful.has(.reflectFeeling))
    #expect(awful.level(.emotionalReactions) == 1)
    #expect(awful.level(.interpretations) == 0)
    // The speaker's own hardship is their story, not a reaction to the customer's.
    let own = analyze("It's hard for me to sleep before exams.")
    #expect(own.level(.emotionalReactions) == 0)
}

@Test func validationIsAWeakInterpretationNotWarmth() {
    // Saying the reaction makes sense shows it was understood; it is not the agent's own feeling.
    let valid = analyze("Your frustration is completely understandable.")
    #expect(valid.has(.validate))
    #expect(valid.level(.interpretations) == 1)
    #expect(valid.level(.emotionalReactions) == 0)
    let sense = analyze("That makes complete sense.", customer: "The engineer missed the slot again and I took the day off for it.")
    #expect(sense.has(.validate))
    #expect(sense.level(.interpretations) == 1)
    #expect(sense.level(.emotionalReactions) == 0)
}

@Test func aSharedExperienceIsAStrongInterpretation() {
    #expect(analyze("I've been there, when my dad passed I couldn't work for weeks.").level(.interpretations) == 2)
}

@Test func concernAndOffersToListenAreWarmth() {
    #expect(analyze("Are you okay?").level(.emotionalReactions) == 1)
    #expect(analyze("Is there anything I can do for you today?").level(.emotionalReactions) == 1)
    #expect(analyze("If you want to talk, I'm here.").level(.emotionalReactions) >= 1)
}

@Test func thanksToIsNotGratitude() {
    #expect(!analyze("Thanks to the new system, refunds now take two days.").has(.gratitude))
    #expect(analyze("Thanks for waiting.").has(.gratitude))
}

@Test func onlySwearingAimedAtTheCustomerCountsAsDirected() {
    let about = analyze("Those assholes at the depot lost it, I'm sorry.")
    let at = analyze("Honestly you're full of crap.")
    let screw = analyze("Screw this, fuck you.")
    #expect(about.has(.profanity) && at.has(.profanity) && screw.has(.profanity))
    #expect(about.breakdown.contains { $0.basis == "profanity" && $0.reason.hasPrefix("swears:") })
    #expect(at.breakdown.contains { $0.reason.hasPrefix("swears at the customer") })
    #expect(screw.breakdown.contains { $0.reason.hasPrefix("swears at the customer") })
}

@Test func anAcronymTheCustomerUsedIsNotJargon() {
    let reply = analyze("Were the CBT sessions helping before the clinic closed?", customer: "My CBT sessions stopped when the clinic closed.")
    #expect(!reply.has(.jargon))
    #expect(analyze("Were the CBT sessions helping?").has(.jargon))
}

@Test func comparisonsAndOwnStoriesAreNotSarcasmOrDismissal() {
    #expect(analyze("As if that would help.").has(.sarcasm))
    #expect(!analyze("I feel as if nobody at the bank reads my letters.").has(.sarcasm))
    #expect(!analyze("Make sure they're treating you right.").has(.sarcasm))
    #expect(!analyze("Of course you're not being unreasonable.").has(.sarcasm))
    #expect(analyze("Just relax.").has(.dismissive))
    #expect(!analyze("I only relax once the kids are asleep.").has(.dismissive))
    #expect(analyze("Who cares?").has(.dismissive))
    #expect(!analyze("There's someone on this team who cares about getting it right.").has(.dismissive))
}

@Test func anOfferToListenIsWarmthNotAnExploration() {
    let offer = analyze("Would you like to talk about it?")
    #expect(offer.level(.explorations) == 0)
    #expect(offer.level(.emotionalReactions) >= 1)
}

@Test func aQuestionAboutWhatTheyToldExploresEvenWithoutYou() {
    let customer = "We had to move house last week and the kids hate the new school."
    #expect(analyze("How did the move go?", customer: customer).level(.explorations) >= 1)
    #expect(analyze("How did the move go?").level(.explorations) == 0)
}

@Test func aStoryOfOnesOwnFeelingsIsSelfDisclosure() {
    #expect(analyze("I'm so nervous before every phone call.").has(.selfDisclosure))
    #expect(!analyze("I'm so sorry.").has(.selfDisclosure))
    #expect(analyze("My anxiety got worse every winter.").has(.selfDisclosure))
    #expect(analyze("A short walk at lunch did the trick for me.").has(.selfDisclosure))
    #expect(!analyze("Could you read the number out for me?").has(.selfDisclosure))
}

@Test func fellowFeelingAndAHardWeekAreWarmth() {
    #expect(analyze("I know the feeling.").level(.emotionalReactions) >= 1)
    let week = analyze("Sounds like a rough week.")
    #expect(week.has(.reflectFeeling))
    #expect(week.level(.emotionalReactions) == 1)
}

@Test func casualSwearingCostsLittleAndSwearingAtTheCustomerCostsALot() {
    let clean = analyze("That's a shame, I'm sorry.").empathy
    let casual = analyze("That's a damn shame, I'm sorry.").empathy
    let directed = analyze("I'm sorry, but you're a damn idiot.").empathy
    #expect(casual < clean && clean - casual <= 10)
    #expect(directed <= clean - 30)
}

@Test func inOrderToIsNotAnOrderNumber() {
    #expect(analyze("Who did you speak to in order to get it fixed?").level(.explorations) == 2)
    #expect(analyze("What is your order number?").level(.explorations) == 0)
}

@Test func feelingsSharedWithoutIAreSelfDisclosure() {
    #expect(analyze("Felt exactly like that after my own move.").has(.selfDisclosure))
    #expect(analyze("Money has been my biggest worry all year.").has(.selfDisclosure))
    #expect(analyze("You're feeling bad about falling behind.").has(.reflectFeeling))
}

@Test func aFeelingTheCustomerDidNotNameIsInferred() {
    let reply = "You're completely drained."
    #expect(analyze(reply, customer: "I've been on hold all night and nobody calls back.").level(.interpretations) == 2)
    #expect(analyze(reply, customer: "I'm so drained by all this.").level(.interpretations) == 1)
    #expect(analyze(reply).level(.interpretations) == 1)
    // "depressed" said back after "depression" is the customer's own word.
    #expect(analyze("You're depressed.", customer: "My depression is back.").level(.interpretations) == 1)
}

@Test func aBoundaryIsNotAStoryOfOnesOwn() {
    #expect(!analyze("I can't carry on while I'm being sworn at.").has(.selfDisclosure))
    #expect(analyze("That sounds like an awful shift.").has(.reflectFeeling))
}

@Test func praiseForTheirPlanAndTheirCopingReassures() {
    #expect(analyze("Both of those sound like sensible plans.").has(.reassurance))
    #expect(!analyze("The refund was handled by the bank.").has(.reassurance))
    #expect(analyze("You handled it really well.").has(.reassurance))
    #expect(analyze("That was thoughtful of you.").has(.reassurance))
    #expect(analyze("It's not your fault, and it's not your problem to fix alone.").has(.reassurance))
}

@Test func cheeringOnIsNotSarcasmAndJustTheTruthIsNotMinimising() {
    #expect(!analyze("You'll get the deposit back. Sure you will!").has(.sarcasm))
    #expect(analyze("Sure you will.").has(.sarcasm))
    #expect(!analyze("It's just the truth of how the scheme works, and I'm sorry it landed on you.").has(.dismissive))
    #expect(analyze("It's just a small fee.").has(.dismissive))
}

@Test func aHardSituationTiedToTheirExperienceIsAlsoAReading() {
    let customer = "Your tracking says my parcel was delivered at 2:14. It wasn't. I've been home all day."
    // Said alone, "that's so frustrating" is the responder's own sympathetic reaction.
    let alone = analyze("That's so frustrating.", customer: customer)
    #expect(alone.level(.emotionalReactions) == 1)
    #expect(alone.level(.interpretations) == 0)
    // Tied to what happened to them ("when you…"), it reads how it is for them.
    let tied = analyze("That's so frustrating when you've waited in all day.", customer: customer)
    #expect(tied.level(.interpretations) == 2)
    #expect(tied.empathy > alone.empathy)
    // An apology first is sympathy, not a story of the speaker's own that would take the reading away.
    let withApology = analyze("I'm sorry, that's so frustrating when you've waited in all day.", customer: customer)
    #expect(withApology.level(.emotionalReactions) == 2)
    #expect(withApology.level(.interpretations) == 2)
    // Tied to the speaker's own experience, it is not a reading of theirs.
    #expect(analyze("That's so frustrating when it happens to me.", customer: customer).level(.interpretations) < 2)
}

@Test func aHardshipWithAnArticleIsSympathyAndLetsIsOwnership() {
    let customer = "Our internet has been down since 6pm and the card machines don't work."
    let reply = analyze("That's a nightmare on a Friday night. Let's get your card machines running first.", customer: customer)
    #expect(reply.level(.emotionalReactions) == 1)
    #expect(reply.has(.ownership))
    #expect(analyze("It's been a real struggle for you.", customer: customer).level(.emotionalReactions) == 1)
    // "Let's" with no action of taking the problem on is not ownership.
    #expect(!analyze("Let's be honest, that's rare.", customer: customer).has(.ownership))
}
