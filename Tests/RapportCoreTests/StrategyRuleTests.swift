import Testing
@testable import RapportCore

// Rules that keep each sentence to the strategy it carries: advice put as a question or after a conjunction,
// farewells that are not advice, praise that is not advice, and restatements that are not advice or wishes.

@Test(arguments: [
    "Could you ask your bank for a statement?",
    "Or can you switch to the monthly plan?",
    "May I suggest moving the router upstairs?",
    "You may need to reset the router first.",
    "Updating the app would really help.",
    "The box is heavy, but try to lift it from the bottom.",
    "You could also book a slot online.",
    "Take care to keep the receipt.",
    "You need to be patient with the first sync.",
    "Online chat is a great way to reach the billing team.",
    "It might be time to switch to the annual plan.",
    "It is a good idea to keep the receipt.",
])
func adviceShapesAreSuggestions(_ text: String) {
    #expect(analyze(text).has(.suggestion), "no suggestion in: \(text)")
}

// Encouragement ("you can do it") and readings of the person ("you must be exhausted") are not advice.
@Test(arguments: [
    "Can you confirm the email on the account?",
    "Would that help?",
    "Take care!",
    "Sure! Take care :)",
    "I hope you can find a plan that suits you.",
    "Take care x",
    "Thanks for calling, take care of yourself.",
    "Keep safe!",
    "I'm glad I could help.",
    "You can't change the delivery address after dispatch.",
    "You can do it!",
    "You can get through this, the form is the last step.",
    "You must be exhausted after a week of calls.",
    "You should be proud of sorting the paperwork.",
])
func requestsAndFarewellsAreNotSuggestions(_ text: String) {
    #expect(!analyze(text).has(.suggestion), "suggestion wrongly found in: \(text)")
}

@Test func anActionProposedAsAQuestionIsStillAQuestion() {
    let result = analyze("Could you ask your bank for a statement?")
    #expect(result.has(.closedQuestion))
    #expect(result.has(.suggestion))
}

@Test(arguments: [
    "Great job getting the photos over so quickly.",
    "Good idea!",
    "You really seem like a patient person.",
    "I'm really sure you'll get the refund sorted.",
    "You're on the right track with the setup.",
    "You'll get there, the new system takes a week to learn.",
])
func confidenceAndPraiseAreReassurance(_ text: String) {
    #expect(analyze(text).has(.reassurance), "no reassurance in: \(text)")
}

@Test(arguments: [
    "It might be a good idea to keep the receipt.",
    "It is a good idea to keep the receipt.",
    "There is a lot of great work going into the new app.",
    "I think you will need the original receipt.",
    "I think you're due a refund for the second charge.",
    "I don't think you're able to change the address now.",
])
func adviceAndFactsAreNotPraise(_ text: String) {
    #expect(!analyze(text).has(.reassurance), "reassurance wrongly found in: \(text)")
}

@Test func adviceAndWishesDoNotRestate() {
    let customer = "My router keeps dropping the connection and I'd love it fixed before the holidays."
    #expect(analyze("So your router keeps dropping the connection.", customer: customer).has(.paraphrase))
    #expect(analyze("You have lost the connection on the router twice today.", customer: customer).has(.paraphrase))
    #expect(!analyze("You should restart the router every morning.", customer: customer).has(.paraphrase))
    #expect(!analyze("You need to check the router connection cable.", customer: customer).has(.paraphrase))
    #expect(!analyze("I hope the router connection behaves from now on.", customer: customer).has(.paraphrase))
    #expect(!analyze("Happy holidays to you too!", customer: customer).has(.paraphrase))
    // A summary led by "so" still restates.
    #expect(analyze("So the router connection drops mostly at night.", customer: customer).has(.paraphrase))
}

@Test func informationIsHowThingsAreNotAStoryOrAComment() {
    #expect(analyze("Refunds usually take three to five working days.").has(.information))
    #expect(analyze("Parcels sent before noon arrive the next working day.").has(.information))
    #expect(!analyze("The courier was late because of the snow that morning.").has(.information))
    #expect(!analyze("That is the last parcel on the van today.").has(.information))
    #expect(!analyze("A second router would cover the upstairs rooms nicely.").has(.information))
}

@Test(arguments: [
    "The bank can send you a letter confirming the refund.",
    "They should be able to give you a replacement charger.",
    "I've read that most parcels turn up within two days.",
    "Just so you know, the fee is waived for students.",
    "More and more customers use the app to track orders.",
    "Delays are common during the Christmas rush.",
    "Have you heard of our price-match promise?",
])
func factsAboutServicesAndHowCommonThingsAreAreInformation(_ text: String) {
    #expect(analyze(text).has(.information), "no information in: \(text)")
}

@Test(arguments: [
    "I can send you a new code now.",
    "The courier was late because of the snow that morning.",
])
func theAgentsOwnWorkIsNotInformation(_ text: String) {
    #expect(!analyze(text).has(.information), "information wrongly found in: \(text)")
}

@Test(arguments: [
    "It often helps to write the steps down first.",
    "Maybe contact the seller before opening a claim.",
    "I'm going to suggest a different charger.",
    "Don't hesitate to call us if the app freezes again.",
])
func moreAdviceShapesAreSuggestions(_ text: String) {
    #expect(analyze(text).has(.suggestion), "no suggestion in: \(text)")
}

@Test(arguments: [
    "No problem, you can do it!",
    "Don't let a late parcel get you down.",
    "You're not the only one this has happened to.",
    "You're doing very well with the new app.",
    "That was a great choice of plan.",
    "Never forget you are worthy of good service.",
    "That should work out once the update is in.",
    "I think you're handling the new plan really well.",
    "You made the right call keeping the receipt.",
    "It gets easier once the app knows your routine.",
    "I don't think you're being silly about the charge.",
    "You'll be able to log in again after the reset.",
])
func encouragementIsReassurance(_ text: String) {
    #expect(analyze(text).has(.reassurance), "no reassurance in: \(text)")
}

@Test func aNegationClosedOnItsWordLeavesTheRestAlone() {
    // "no problem" negates nothing after it; "not" still governs the words it reaches.
    #expect(analyze("No problem, you can do it!").has(.reassurance))
    #expect(!analyze("I'm not sure you can do it with that cable.").has(.reassurance))
    #expect(!analyze("It doesn't matter that you can do it online.").has(.reassurance))
    #expect(analyze("That's an understandable worry.").has(.validate))
    #expect(!analyze("That's not an understandable worry.").has(.validate))
}

@Test func whyDontYouProposesUnlessItAsksForReasons() {
    let proposal = analyze("Why don't you call the depot directly?")
    #expect(proposal.has(.suggestion) && proposal.has(.openQuestion))
    let reasons = analyze("Why don't you want the replacement?")
    #expect(reasons.has(.openQuestion))
    #expect(!reasons.has(.suggestion))
}

@Test func aHopefulForecastReassuresRatherThanInforms() {
    let result = analyze("Things will improve once the new depot opens.")
    #expect(result.has(.reassurance))
    #expect(!result.has(.information))
    #expect(analyze("Cold weather can reduce the battery range.").has(.information))
}

@Test func praiseOfTheirIdeaStaysReassurance() {
    #expect(analyze("That's a great idea!").has(.reassurance))
    #expect(analyze("That is a good plan for the weekend.").has(.reassurance))
}
