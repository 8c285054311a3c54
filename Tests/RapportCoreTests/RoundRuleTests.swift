import Testing
@testable import RapportCore

// Rules of the courtesy round: checks of understanding that name what was understood, courtesies of the exchange
// that are not stories, and a few more ways of reading a feeling and of affirming a way of seeing it.

// A restatement checked for understanding restates; the check asks nothing new.
@Test(arguments: [
    "So the engineer never turned up and nobody rang you. Did I understand your concern correctly?",
    "You were charged twice for the same month. Am I understanding correctly?",
    "The parcel went to your old flat. Does this sound correct?",
    "So the router drops out every evening. Does that seem like a fair summary?",
])
func checksThatNameTheUnderstandingRestate(_ text: String) {
    let result = analyze(text, customer: "I was charged twice and the engineer never came.")
    #expect(!result.has(.closedQuestion) && !result.has(.openQuestion), "\(text)")
    #expect(result.has(.paraphrase), "\(text)")
}

@Test func checksAloneOrAfterAQuestionStillAsk() {
    // Alone, or after a question, the check is a question as usual.
    #expect(analyze("Did I understand your concern correctly?").has(.closedQuestion))
    #expect(analyze("Does this sound correct?").has(.closedQuestion))
    #expect(analyze("Is the router upstairs? Am I understanding correctly?").has(.closedQuestion))
    // A proposal checked for agreement is not read as a restatement.
    #expect(!analyze("We can send a new router tomorrow. Does that sound okay?").has(.paraphrase))
}

// Courtesies of the exchange are not stories of the agent's own life.
@Test(arguments: [
    "I see, that must be a worry with the bill due.",
    "I hear you. Let me look at the account.",
    "I'm Tom, how can I help you today?",
    "I am Priya from the billing team.",
    "I'm ready to listen whenever you are.",
    "I'm here to help with the refund.",
    "I am more than happy to talk it through.",
    "I hope I have been able to give you some peace of mind about the bill.",
    "I hope I was helpful today.",
    "I hope I've been of some help with the router.",
    "I've enjoyed talking with you, take care.",
    "I loved our chat today, thank you.",
])
func courtesiesAreNotStories(_ text: String) {
    #expect(!analyze(text).has(.selfDisclosure), "\(text)")
}

@Test(arguments: [
    "I see my own bills go up every winter too.",
    "I see, I had the same fault with my own router last year.",
    "I am Scottish too, and my gas bill doubled last year.",
    "I hope I get my own refund before Christmas.",
    "I'm happy with my provider since I switched.",
    "I enjoyed the film myself, by the way.",
    "I had a chat with my own landlord about the same damp last year.",
])
func storiesAfterTheSameOpeningsStayStories(_ text: String) {
    #expect(analyze(text).has(.selfDisclosure), "\(text)")
}

// More ways to read a feeling, and praise of the customer's way of seeing it.
@Test func feelingsReadInBodyAndMindAndHowItFeels() {
    #expect(analyze("You sound emotionally exhausted after all those calls.").has(.reflectFeeling))
    #expect(analyze("You must be mentally drained by now.").has(.reflectFeeling))
    #expect(analyze("You must feel like nobody at the depot is listening.").has(.reflectFeeling))
    #expect(analyze("You must feel like nobody at the depot is listening.").level(.interpretations) == 2)
    // A supposition about someone else, or the speaker's own state, is not a reading of the customer.
    #expect(!analyze("The engineer must feel like the job is done.").has(.reflectFeeling))
    #expect(!analyze("I must feel like a fool.").has(.reflectFeeling))
}

@Test func praisingTheirWayOfSeeingItIsReassurance() {
    #expect(analyze("That's the right way to look at it.").has(.reassurance))
    #expect(analyze("You're definitely doing the right thing by keeping the receipts.").has(.reassurance))
    #expect(analyze("That sounds like a healthy way to think about the move.").has(.reassurance))
    // Directions are not praise.
    #expect(!analyze("The right way to reset it is to hold the button.").has(.reassurance))
    #expect(!analyze("You're not doing the right steps yet, let me explain.").has(.reassurance))
}

// A step the customer could take, asked about, is advice and a question at once.
@Test(arguments: [
    "Have you contacted your bank about the second payment?",
    "Did you tell the landlord the boiler was out?",
    "Have you had a word with the courier's depot?",
    "Have you mentioned the fault to the engineer?",
])
func stepsAskedAboutAreAdviceAndQuestions(_ text: String) {
    let result = analyze(text)
    #expect(result.has(.suggestion), "\(text)")
    #expect(result.has(.closedQuestion), "\(text)")
}

@Test func checkingAFixOrAskingForFactsIsNotAdvice() {
    // Troubleshooting and asking what happened stay questions only.
    #expect(!analyze("Did you reboot the router first?").has(.suggestion))
    #expect(!analyze("Did you receive the email?").has(.suggestion))
    #expect(!analyze("Would you tell me more about the fault?").has(.suggestion))
}

// Advice said as what the speaker would or would not do, as a warning, or with an adverb.
@Test(arguments: [
    "I would have a word with your landlord about the damp.",
    "I wouldn't pay the second invoice until we've checked it.",
    "Don't share your PIN with anyone who calls you.",
    "Never click a link in a text that asks for your card details.",
    "I definitely recommend the monthly plan for you.",
    "Maybe choose the evening slot for the engineer.",
    "Use the app to book the engineer.",
    "Pick a time that suits you and we'll call then.",
    "Make a list of the charges you don't recognise.",
])
func adviceAsWhatIWouldDoOrAsAWarningIsASuggestion(_ text: String) {
    #expect(analyze(text).has(.suggestion), "\(text)")
}

@Test(arguments: [
    "Don't let the bill get you down.",
    "Don't put yourself down, the form is confusing.",
    "I wouldn't take it personally, the system sends that to everyone.",
    "I wouldn't worry about the letter.",
])
func encouragementInTheNegativeIsNotAdvice(_ text: String) {
    let result = analyze(text)
    #expect(!result.has(.suggestion), "\(text)")
    #expect(result.has(.reassurance), "\(text)")
}

// Knowledge of what exists and what is established is information.
@Test(arguments: [
    "I've heard of customers getting a goodwill credit for missed slots.",
    "Switching the router off overnight is known to clear that fault.",
    "It's an app that shows your usage by the hour.",
    "The helpline offers free advice on energy debt.",
])
func knowledgeOfWhatExistsIsInformation(_ text: String) {
    #expect(analyze(text).has(.information), "\(text)")
}

@Test func condolenceAndTroublesAreNotInformation() {
    #expect(!analyze("I heard about your loss, I'm so sorry.").has(.information))
    #expect(!analyze("It's an app I use myself.").has(.information))
}

// Understanding what the situation does to them reads a feeling.
@Test(arguments: [
    "I can see how that would make it difficult to trust the courier again.",
    "I understand why that would upset you.",
    "I can imagine how losing the booking could be stressful.",
    "You must feel as though she ignored every email you sent.",
])
func understandingWhatItDoesToThemReadsAFeeling(_ text: String) {
    let result = analyze(text)
    #expect(result.has(.reflectFeeling), "\(text)")
    #expect(result.level(.interpretations) == 2, "\(text)")
}

@Test func understandingHowSomethingWorksReadsNoFeeling() {
    #expect(!analyze("I can see how that would work with the new tariff.").has(.reflectFeeling))
    #expect(!analyze("I understand why the system would block the card.").has(.reflectFeeling))
}

// Praise of the person through what they did and who they are affirms them.
@Test(arguments: [
    "That's such a thoughtful thing to do for your neighbour.",
    "Your mum is lucky to have you sorting her bills.",
    "You seem really dedicated to getting the account straight.",
    "You'll come out of this stronger, and the debt will be gone.",
])
func praiseOfWhoTheyAreAffirms(_ text: String) {
    #expect(analyze(text).has(.reassurance), "\(text)")
}

@Test func luckAndThingsThatAreNotPraise() {
    #expect(!analyze("We were lucky to have an engineer free today.").has(.reassurance))
    #expect(!analyze("It was a strange thing to happen to the meter.").has(.reassurance))
}

// Their feeling understood as it is, or shared as one's own would be, reads it; a hard experience named by what it
// is is a sympathetic reaction.
@Test(arguments: [
    "I can understand you being worried about the bill.",
    "I can imagine you'd be really stressed with the move and no internet.",
    "I'd be furious too if the engineer left without a word.",
])
func theirFeelingUnderstoodOrSharedIsRead(_ text: String) {
    let result = analyze(text)
    #expect(result.has(.reflectFeeling), "\(text)")
    #expect(result.level(.interpretations) == 2, "\(text)")
}

@Test func aHardExperienceNamedIsASympatheticReaction() {
    let result = analyze("Losing your booking like that is really stressful.")
    #expect(result.has(.reflectFeeling))
    #expect(result.level(.emotionalReactions) >= 1)
    // The speaker's own worry, and a step that is merely long, are not.
    #expect(!analyze("I would be worried about the cost of the upgrade.").has(.reflectFeeling))
    #expect(!analyze("Waiting for the update is part of the process.").has(.reflectFeeling))
}

// Summaries opened after an acknowledgement, or marked as a summary, restate.
@Test(arguments: [
    "Okay, so you've been without broadband since Monday.",
    "So just the one missed payment in March, then.",
    "So basically the parcel never left the depot.",
    "Just to make sure I understand you, the meter was read twice.",
])
func summariesMarkedAsSuchRestate(_ text: String) {
    #expect(analyze(text, customer: "The parcel never left the depot and I missed a payment.").has(.paraphrase), "\(text)")
}

@Test func soAndBasicallyInAdviceDoNotRestate() {
    #expect(!analyze("I need to check I have the right account first.").has(.paraphrase))
    #expect(!analyze("Basically, you should restart the router.", customer: "My router is slow.").has(.paraphrase))
}

@Test func aFarewellWithARisingToneAsksNothing() {
    for text in ["Good bye?", "Bye for now?", "Ok bye then?"] {
        let result = analyze(text)
        #expect(!result.has(.closedQuestion) && !result.has(.openQuestion), "\(text)")
    }
    #expect(analyze("Is that okay for now?").has(.closedQuestion))
}

// Understanding of how they feel, said as understanding, names their feeling back (a weak reading).
@Test(arguments: [
    "I understand exactly how you feel about the second charge.",
    "I can see why you'd feel that way after three missed slots.",
    "I feel your pain, the app has been slow all week.",
    "I understand your feelings about the new contract.",
])
func understandingHowTheyFeelNamesItBack(_ text: String) {
    let result = analyze(text)
    #expect(result.has(.reflectFeeling), "\(text)")
    #expect(result.level(.interpretations) >= 1, "\(text)")
}

@Test func understandingTheirRequestIsNotAFeeling() {
    #expect(!analyze("I understand how you want the refund paid.").has(.reflectFeeling))
    #expect(!analyze("I can see why you chose the annual plan.").has(.reflectFeeling))
}

@Test func aShortAgreementCheckAfterAProposalAsksNothingNew() {
    let result = analyze("We'll book the engineer for Tuesday, sound good?")
    #expect(!result.has(.closedQuestion) && !result.has(.openQuestion))
    #expect(!analyze("I can send a new router today. Sounds okay?").has(.closedQuestion))
}

@Test func sayingWhatOneMadeOrUsedIsNotAnOrder() {
    #expect(!analyze("Used the app myself last week.").has(.suggestion))
    #expect(!analyze("Scheduled maintenance finished at noon.").has(.suggestion))
    #expect(!analyze("Booking slots open on Monday.").has(.suggestion))
}
