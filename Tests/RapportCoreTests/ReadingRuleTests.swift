import Testing
@testable import RapportCore

// How strongly a story of one's own reads as understanding, which first-person sentences are stories, and
// when swearing or "just a…" is aimed at the customer.

@Test func aStoryToldAsLikeTheirsIsAStrongInterpretation() {
    let customer = "The courier left my parcel outside in the rain again."
    // "Same", "too": told as like theirs.
    #expect(analyze("I had that too.", customer: customer).level(.interpretations) == 2)
    // Takes up what they said (the courier).
    #expect(analyze("I had a courier do that once.", customer: customer).level(.interpretations) == 2)
    // Long enough to be a story rather than an aside.
    #expect(analyze("When I moved flat last year I waited three weeks for a sofa and nobody ever told me where it was.",
                    customer: customer).level(.interpretations) == 2)
    #expect(analyze("Been there, honestly.", customer: customer).level(.interpretations) == 2)
}

@Test func aBriefAsideAboutOneselfIsAWeakInterpretation() {
    let aside = analyze("I had a dog once.", customer: "The courier left my parcel outside in the rain again.")
    #expect(aside.has(.selfDisclosure))
    #expect(aside.level(.interpretations) == 1)
    // "there" alone is not "been there".
    #expect(analyze("I thought it was always sunny there.", customer: "My train was cancelled.").level(.interpretations) < 2)
}

@Test func firstPersonVerbsThatUsuallyReportWorkCanTellAStory() {
    #expect(analyze("I have tried to quit smoking twice.").has(.selfDisclosure))
    #expect(analyze("I find that the evenings are the hardest.").has(.selfDisclosure))
    #expect(analyze("A long walk tends to help me sleep.").has(.selfDisclosure))
    #expect(analyze("I feel like this sometimes.").has(.selfDisclosure))
    // Still the agent's work, or an opinion.
    #expect(!analyze("I have tried to call you twice.").has(.selfDisclosure))
    #expect(!analyze("I tried to process the refund this morning.").has(.selfDisclosure))
    #expect(!analyze("I found your order in our system.").has(.selfDisclosure))
    #expect(!analyze("I feel like this would help.").has(.selfDisclosure))
    #expect(!analyze("Can you help me with the postcode?").has(.selfDisclosure))
}

@Test func onlyShortUnexplainedCapitalsAreJargon() {
    #expect(analyze("Your ONT needs a restart.").has(.jargon))
    #expect(analyze("It's stuck in the RMA queue.").has(.jargon))
    // Initials, times, model names and words written in capitals are not acronyms to explain.
    #expect(!analyze("I'll call you at 4PM tomorrow.").has(.jargon))
    #expect(!analyze("Thanks, AJ, that helps.").has(.jargon))
    #expect(!analyze("The P90X bundle ships on Monday.").has(.jargon))
    #expect(!analyze("That is KINDA the point of the refund.").has(.jargon))
}

@Test func understandingWhatTheySaidIsNotAStory() {
    let reply = analyze("I get it.", customer: "My refund still hasn't arrived.")
    #expect(!reply.has(.selfDisclosure))
    #expect(reply.level(.interpretations) == 1)
    #expect(!analyze("I see what you mean.").has(.selfDisclosure))
    #expect(analyze("I get migraines too.").has(.selfDisclosure))
    // Knowing how a thing feels is understanding, not an experience told.
    let generic = analyze("I completely understand how frustrating it is to be kept waiting on hold.")
    #expect(!generic.has(.selfDisclosure))
    #expect(generic.has(.reflectFeeling))
    #expect(analyze("I've had the same problem with my own broadband.").has(.selfDisclosure))
    // Courtesies about the call itself are not stories or restatements.
    for courtesy in ["I hope I have been able to be of some help to you.", "You too, I hope I helped.", "I am good how are you"] {
        #expect(!analyze(courtesy).has(.selfDisclosure), "story wrongly found in: \(courtesy)")
    }
    #expect(!analyze("It was nice talking to you too.", customer: "Thanks, it was nice talking to you.").has(.paraphrase))
}

@Test func aFeelingOfOnesOwnIsAReactionOnlyWhenItIsAboutThem() {
    let aboutThem = analyze("I feel terrible about this.", customer: "My refund still hasn't arrived.")
    #expect(aboutThem.level(.emotionalReactions) == 2)
    #expect(!aboutThem.has(.selfDisclosure))
    #expect(analyze("I feel so bad for you.").level(.emotionalReactions) == 2)
    let own = analyze("I felt sad all week.", customer: "My refund still hasn't arrived.")
    #expect(own.level(.emotionalReactions) == 0)
    #expect(own.has(.selfDisclosure))
}

@Test func myFriendAsAWayOfAddressingThemIsNotAStory() {
    #expect(!analyze("Hang in there, my friend.").has(.selfDisclosure))
    #expect(!analyze("We'll get this sorted, my friend.").has(.selfDisclosure))
    #expect(analyze("My friend had the same trouble with her bank.").has(.selfDisclosure))
}

@Test func knowingTheFeelingRelatesTheStoryToTheirs() {
    let customer = "The courier left my parcel outside in the rain again."
    #expect(analyze("I know the feeling, I wait in most days.", customer: customer).level(.interpretations) == 2)
    #expect(analyze("I feel like this sometimes.", customer: customer).level(.interpretations) == 2)
    #expect(analyze("Everyone gets that, myself included.", customer: customer).level(.interpretations) == 2)
}

@Test func swearingAtTheCustomerIsAnInsultNotEveryYouNearASwearWord() {
    let clean = analyze("That's a shame, I'm sorry.").empathy
    #expect(analyze("Screw you.").has(.profanity))
    #expect(analyze("Well, damn you then.").empathy <= clean - 30)
    // Said of what something does to them, it is casual swearing, not an insult.
    let effect = analyze("That fee will fuck you up, I'm sorry.")
    #expect(effect.has(.profanity) && effect.empathy > clean - 10)
    #expect(!analyze("Tighten the screw on the back panel.").has(.profanity))
}

@Test func minimisingNamesTheProblemAsSmall() {
    #expect(analyze("It's just a small fee.").has(.dismissive))
    #expect(analyze("It's only five minutes.").has(.dismissive))
    #expect(!analyze("It's just a basic part of the setup.").has(.dismissive))
}

@Test func worthAndAssuranceReassure() {
    #expect(analyze("Your time matters to us.").has(.reassurance))
    #expect(analyze("I assure you the refund is on its way.").has(.reassurance))
    #expect(analyze("Trust me, it will arrive.").has(.reassurance))
    #expect(analyze("Let's talk it through.").level(.emotionalReactions) == 1)
    #expect(analyze("We're all here for you.").level(.emotionalReactions) == 1)
    #expect(!analyze("Let's talk about the invoice number first.").has(.reassurance))
}

@Test func hedgesAndOpinionsInTheProgressiveAreNotStories() {
    #expect(!analyze("I'm thinking it depends on the courier.").has(.selfDisclosure))
    #expect(!analyze("As far as I know the depot opens at nine.").has(.selfDisclosure))
    #expect(analyze("I'm so tired of chasing parcels myself.").has(.selfDisclosure))
}

@Test func moreWaysOfReadingAFeeling() {
    let customer = "My landlord kept my deposit and won't answer my emails."
    #expect(analyze("You must be feeling horrible.", customer: customer).level(.interpretations) == 2)
    #expect(analyze("I see that you feel like nobody is listening.", customer: customer).level(.interpretations) == 2)
    #expect(analyze("I can definitely understand being stressed about it.", customer: customer).has(.reflectFeeling))
    let situation = analyze("That can certainly be frustrating.", customer: customer)
    #expect(situation.has(.reflectFeeling) && situation.level(.emotionalReactions) == 1)
    #expect(!analyze("I can see that your refund was sent on Monday.", customer: customer).has(.reflectFeeling))
}

@Test func theAgentsWorkAndRequestsForHelpAreNotStories() {
    // Work on the case, with an adverb before the action or still to do, and requests for the customer's help.
    for text in ["I have successfully linked the new meter to your tariff.", "I've already added the boiler cover to your plan.",
                 "I am checking the boiler warranty now.", "I need to escalate the boiler claim to our engineers.",
                 "Please help me with the reference printed on your bill.", "Could you kindly help me with your postcode."] {
        let result = analyze(text, customer: "My boiler broke and I was charged twice.")
        #expect(!result.has(.selfDisclosure), "\(text)")
        #expect(result.level(.interpretations) == 0, "\(text)")
    }
    // The speaker's own life still tells a story, even with a verb that usually reports work.
    #expect(analyze("I deleted my own banking app after a scare like that.").has(.selfDisclosure))
    #expect(analyze("I have not tried that tariff myself.").has(.selfDisclosure))
    #expect(analyze("Long walks seem to help me unwind after a bad day.").has(.selfDisclosure))
}

@Test func itIsAPleasureIsCourtesyWarmthNotAStory() {
    for text in ["It has been a real pleasure for me to sort out your boiler.", "It was a real pleasure."] {
        let result = analyze(text)
        #expect(!result.has(.selfDisclosure), "\(text)")
        #expect(result.level(.emotionalReactions) == 1, "\(text)")
    }
    #expect(analyze("I'm so glad to know the parcel arrived.").level(.emotionalReactions) == 2)
    #expect(analyze("The pleasure cruise sails at noon.").level(.emotionalReactions) == 0)
}

@Test func notMyProblemBrushesTheCustomerOffEvenThoughItSaysMy() {
    #expect(analyze("That's not my problem.").has(.dismissive))
    #expect(analyze("Honestly, the refund is not my department.").has(.dismissive))
    #expect(analyze("That's not my problem.").empathy < analyze("I'm so sorry, that sounds really stressful.").empathy)
    // A sentence about the speaker's own life is still their story.
    #expect(!analyze("I don't care about my old phone any more.").has(.dismissive))
}
