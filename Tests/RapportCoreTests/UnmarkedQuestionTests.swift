import Testing
@testable import RapportCore

// Questions typed without a question mark are still questions.
@Test(arguments: [
    "Was there anyone else at the property when the engineer called",
    "Did your bank reply to the letter",
    "How many engineers have come out so far",
    "What's on your mind today",
    "What is worrying you most about the bill",
    "How is everything going with the new router",
])
func questionsWithoutAQuestionMarkAsk(_ text: String) {
    let result = analyze(text)
    #expect(result.has(.openQuestion) || result.has(.closedQuestion), "\(text)")
}

@Test(arguments: [
    "Do your best with the form and I'll check it.",
    "Have your card ready when you call.",
    "Now is the best time to switch.",
    "See what's going on with the meter first.",
    "What is worrying me is the cost of the repair.",
])
func ordersAndStatementsAreNotUnmarkedQuestions(_ text: String) {
    let result = analyze(text)
    #expect(!result.has(.openQuestion) && !result.has(.closedQuestion), "\(text)")
}

@Test func anOfferToListenOrARequestIsNotAdvice() {
    #expect(!analyze("You can tell me what's bothering you about the bill.").has(.suggestion))
    #expect(!analyze("Of course you can talk to me, take your time.").has(.suggestion))
    #expect(!analyze("You can email me the photo of the damage.").has(.suggestion))
    // Advice about someone else is still advice.
    #expect(analyze("You can talk to your landlord about the damp.").has(.suggestion))
}

// More of the speaker's own people and life, and relating to the customer, tell a story.
@Test(arguments: [
    "My youngest has the same tablet and it froze last week too.",
    "A close friend of mine had her account locked the same way.",
    "I definitely relate to how you feel about the roaming charges.",
    "Having to chase the refund myself motivated me to write it all down.",
    "My relationship with my old provider ended over the same fees.",
])
func moreOfOnesOwnLifeIsAStory(_ text: String) {
    #expect(analyze(text).has(.selfDisclosure), "\(text)")
}

@Test func theCustomersPeopleAreNotTheAgentsStory() {
    #expect(!analyze("Your youngest can use the family login too.").has(.selfDisclosure))
    #expect(!analyze("Does your neighbour have the same router?").has(.selfDisclosure))
}

@Test func gladnessAtTheirNewsAffirms() {
    #expect(analyze("I'm also glad you're doing better with the new router.").has(.reassurance))
    #expect(analyze("I'm so happy you got the parcel in the end.").has(.reassurance))
    #expect(analyze("I'm pleased to hear you have some support with the move.").has(.reassurance))
    // Gladness about something else, or willingness to help, is not praise of them.
    #expect(!analyze("I'm happy to help with the refund.").has(.reassurance))
    #expect(!analyze("I'm glad the weather held for the engineer.").has(.reassurance))
}
