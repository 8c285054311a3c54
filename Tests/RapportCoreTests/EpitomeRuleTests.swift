import Testing
@testable import RapportCore

// Rules that decide whose experience a question or a statement is about (see docs/scoring.md, "Three empathy
// mechanisms"). `analyze(_:customer:name:)` is defined in TechniqueTests.swift.

@Test func aQuestionAboutTheSpeakerDoesNotExploreTheCustomer() {
    let customer = "My parcel never arrived and the tracking page says it was delivered."
    #expect(analyze("Should I send a new parcel?", customer: customer).level(.explorations) == 0)
    #expect(analyze("How would I know where the parcel went?", customer: customer).level(.explorations) == 0)
    #expect(analyze("Where would I even start with the tracking page?", customer: customer).level(.explorations) == 0)
    // Asking about their story, or a polite "can I ask", still explores.
    #expect(analyze("Where did the parcel end up?", customer: customer).level(.explorations) == 2)
    #expect(analyze("Can I ask what the tracking page said?", customer: customer).level(.explorations) == 2)
    #expect(analyze("Should I send it to your work address instead?", customer: customer).has(.closedQuestion))
}

@Test func aQuestionTheSpeakerAnswersAtOnceAsksNothing() {
    let answered = analyze("Is the late fee your fault? No. The payment system failed that night.")
    #expect(!answered.has(.closedQuestion))
    #expect(answered.level(.explorations) == 0)
    #expect(analyze("Will it be fixed? Yes, the engineer comes on Friday.").has(.closedQuestion) == false)
    // A courtesy after "no", a real question left open, and a "yeah" that acknowledges still leave it asking.
    #expect(analyze("Did the refund reach your card? No rush to check.").has(.closedQuestion))
    #expect(analyze("Did the refund reach your card?").has(.closedQuestion))
    #expect(analyze("Has the engineer been yet? Yeah, I can see the booking.").has(.closedQuestion))
}

@Test func sayingYesToDoesAnyoneElseIsASharedExperience() {
    let asked = "Does anyone else get charged twice by this app every month?"
    let yes = analyze("Yes, every single month.", customer: asked)
    #expect(yes.has(.selfDisclosure))
    #expect(yes.level(.interpretations) == 2)
    #expect(analyze("All the time.", customer: "Am I the only one whose router drops at night?").has(.selfDisclosure))
    // An answer about other customers, the company or the customer is not a story of one's own.
    #expect(!analyze("Yes, many customers have reported it.", customer: asked).has(.selfDisclosure))
    #expect(!analyze("Yes, there have been a few reports of that.", customer: asked).has(.selfDisclosure))
    #expect(!analyze("Yes, you're not the only one.", customer: asked).has(.selfDisclosure))
    // Without the question, "yes" is only agreement.
    #expect(!analyze("Yes, every single month.", customer: "I get charged twice by this app every month.").has(.selfDisclosure))
}

@Test func aStoryBeforeAQuestionInTheSameSentenceIsStillAStory() {
    let story = analyze("I had exactly this fault with my own boiler last winter, so did the engineer leave a report?")
    #expect(story.has(.selfDisclosure))
    #expect(story.has(.closedQuestion))
    // A short lead-in only frames the question.
    #expect(!analyze("I was wondering, did the engineer leave a report?").has(.selfDisclosure))
    #expect(!analyze("Did you hear back from the engineer I sent?").has(.selfDisclosure))
}

@Test func notAloneIsReassuranceNotValidation() {
    let company = analyze("You're not alone in this.")
    #expect(company.has(.reassurance))
    #expect(!company.has(.validate))
    #expect(company.level(.interpretations) == 0)
    #expect(analyze("You're not wrong to be annoyed about the fee.").has(.validate))
    // Others in the same position normalise the reaction; being the only one who can act does not.
    #expect(analyze("You're not the only one this has happened to.").has(.validate))
    #expect(!analyze("You're the only one who can approve the change.").has(.validate))
}

@Test func aFeelingThatSorryIsForIsPartOfTheReaction() {
    let sorry = analyze("I'm so sorry you're feeling let down by the delivery.")
    #expect(sorry.level(.emotionalReactions) == 2)
    #expect(sorry.level(.interpretations) == 0)
    #expect(analyze("You're feeling frustrated about the delivery.").level(.interpretations) == 1)
    #expect(analyze("I'm sorry. It sounds like you're exhausted by all the calls.").level(.interpretations) == 2)
}

@Test func agreeingWithSomeoneElseIsNotValidation() {
    #expect(!analyze("I agree with my colleague.").has(.validate))
    #expect(analyze("I agree with you.").has(.validate))
    #expect(analyze("I agree, the fee should never have been charged.").has(.validate))
}

@Test func askingWhyTheyFeelIsASpecificExploration() {
    #expect(analyze("Why do you feel that way?").level(.explorations) == 2)
    #expect(analyze("Why are you so worried?").level(.explorations) == 2)
    #expect(analyze("Why do you want that?").level(.explorations) == 2)
    // A generic check-in or a bare "why?" stays weak.
    #expect(analyze("How do you feel?").level(.explorations) == 1)
    #expect(analyze("Why?").level(.explorations) == 1)
}

@Test func talkAboutTheExchangeIsNotAStoryOfOnesOwn() {
    #expect(!analyze("I'm so proud of you for sorting the claim.").has(.selfDisclosure))
    #expect(!analyze("I'm really impressed that you kept all the receipts.").has(.selfDisclosure))
    #expect(!analyze("I'm listening.").has(.selfDisclosure))
    #expect(!analyze("I hope I helped today.").has(.selfDisclosure))
    #expect(!analyze("I don't have anything to add, the refund is on its way.").has(.selfDisclosure))
    // The speaker's own pride, help given in their own life, and what they have are still stories.
    #expect(analyze("I'm so proud of myself for finally switching banks.").has(.selfDisclosure))
    #expect(analyze("I helped my mum move house last week.").has(.selfDisclosure))
    #expect(analyze("I have nothing to lose now.").has(.selfDisclosure))
}

@Test func workOnTheCaseIsNotAStoryOfOnesOwn() {
    #expect(!analyze("I'm afraid the warehouse is closed today.").has(.selfDisclosure))
    #expect(!analyze("It won't arrive today, I'm afraid.").has(.selfDisclosure))
    #expect(!analyze("I need the postcode on the order.").has(.selfDisclosure))
    #expect(!analyze("I don't have access to that system.").has(.selfDisclosure))
    #expect(!analyze("I have no way to see that from here.").has(.selfDisclosure))
    #expect(!analyze("I love that idea.").has(.selfDisclosure))
    // Fear named plainly, a way of feeling, and things of the speaker's own life are still stories.
    #expect(analyze("I'm afraid of flying.").has(.selfDisclosure))
    #expect(analyze("I'm so afraid.").has(.selfDisclosure))
    #expect(analyze("I have felt this way too.").has(.selfDisclosure))
    #expect(analyze("I once worked at a library.").has(.selfDisclosure))
}

@Test func understandingTheSituationIsNotTheSpeakersOwnHardship() {
    #expect(analyze("I know it's frustrating.").level(.emotionalReactions) == 1)
    #expect(analyze("I can see it's been a tough week.").level(.emotionalReactions) >= 1)
    // Hardship of the speaker's own is still their story.
    #expect(analyze("It's hard for me to sleep before exams.").level(.emotionalReactions) == 0)
}

@Test func regretAndIntentInTheExchangeAreNotStories() {
    #expect(!analyze("I totally understand.").has(.selfDisclosure))
    #expect(!analyze("I wish I had better news.").has(.selfDisclosure))
    #expect(!analyze("I wish I could do more.").has(.selfDisclosure))
    #expect(!analyze("I just want to make sure it gets sorted.").has(.selfDisclosure))
    #expect(analyze("I wish I could sleep.").has(.selfDisclosure))
    #expect(analyze("I want to be a nurse one day.").has(.selfDisclosure))
}

@Test func goingThroughTheSameThingWithoutIIsAStory() {
    #expect(analyze("Basically going through the same thing with my energy supplier right now.").has(.selfDisclosure))
    #expect(analyze("Currently dealing with something similar.").has(.selfDisclosure))
    // Said of the customer, it is not the speaker's story.
    #expect(!analyze("You're going through the same thing as many customers.").has(.selfDisclosure))
}

@Test func feelingWordsAboutTheSpeakersOwnLifeAreNotAReactionToTheCustomer() {
    #expect(analyze("I'm worried about making the rent this month.").level(.emotionalReactions) == 0)
    #expect(analyze("She broke my heart last year.").level(.emotionalReactions) == 0)
    #expect(analyze("I reached out to those I care about.").level(.emotionalReactions) == 0)
    #expect(!analyze("If you feel sorry for yourself, nothing changes.").has(.apology))
    // Said about the customer and their trouble, they are.
    #expect(analyze("I'm worried about you.").level(.emotionalReactions) == 2)
    #expect(analyze("It breaks my heart to read this.").level(.emotionalReactions) == 2)
    #expect(analyze("I care about you.").level(.emotionalReactions) == 2)
    #expect(analyze("Sorry for the wait.").has(.apology))
}
