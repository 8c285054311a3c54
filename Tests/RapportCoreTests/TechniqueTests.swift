import Testing
@testable import RapportCore

/// One analyzer for all tests: it is a value meant to be shared.
let analyzer = ReplyAnalyzer()

func analyze(_ text: String, customer: String? = nil, name: String? = nil) -> ReplyAnalysis {
    analyzer.analyze(text, context: AnalysisContext(customerText: customer, customerName: name))
}

@Test func lexiconFilesCompileWithoutProblems() {
    #expect(Lexicon.shared.problems == [])
    for technique in Technique.allCases where ![.closedQuestion, .personalization, .shouting, .profanity].contains(technique) {
        #expect(Lexicon.shared.label(technique.rawValue) != nil, "no lexicon file for \(technique.rawValue)")
    }
}

@Test(arguments: [
    ("I'm so sorry your parcel went missing.", Technique.apology),
    ("Please accept our apologies for the double charge.", .apology),
    ("Thank you for waiting while I checked.", .gratitude),
    ("I really appreciate you bearing with us.", .gratitude),
    ("Don't worry, we'll get this sorted.", .reassurance),
    ("Rest assured your data is safe.", .reassurance),
    ("I think you'll manage the new system just fine.", .reassurance),
    ("Don't beat yourself up over the missed payment.", .reassurance),
    ("You tried your best with the old router.", .reassurance),
    ("I'm so glad you called us about this.", .reassurance),
    ("Your savings will get you through the gap.", .reassurance),
    ("You do seem like a very patient person.", .reassurance),
    ("I'm sure your landlord will understand once the refund lands.", .reassurance),
    ("Anyone would be upset after three missed deliveries.", .validate),
    ("A lot of people feel this way after a house move.", .validate),
    ("Lots of customers have had this problem since the update.", .validate),
    ("It makes sense that you want a straight answer.", .validate),
    ("You must be so frustrated by now.", .reflectFeeling),
    ("That sounds really stressful.", .reflectFeeling),
    ("I can tell this really worries you.", .reflectFeeling),
    ("No heating all week? That must make you so tired.", .reflectFeeling),
    ("That can't have felt very good.", .reflectFeeling),
    ("You feel stuck between two bad options.", .reflectFeeling),
    ("You're anxious about the renewal, is that right?", .reflectFeeling),
    ("I can tell from what you wrote how upset you are.", .reflectFeeling),
    ("It sounds as if you're exhausted by all the calls.", .reflectFeeling),
    ("I've had the same problem with my own router.", .selfDisclosure),
    ("I felt like a fool when my own bank did that to me.", .selfDisclosure),
    ("Same! Waited a month for mine.", .selfDisclosure),
    ("I'm good at hiding it, but I struggled with debt for years.", .selfDisclosure),
    ("For me, the second reset was what finally worked.", .selfDisclosure),
    ("That trick never worked for me either.", .selfDisclosure),
    ("That new app helped me a lot with my bills.", .selfDisclosure),
    ("The whole saga is too familiar for me.", .selfDisclosure),
    ("You could try restarting the app first.", .suggestion),
    ("I'd recommend changing the password today.", .suggestion),
    ("Maybe you could call the depot tomorrow morning.", .suggestion),
    ("Is there anyone you could ask to sign for it?", .suggestion),
    ("Is it possible to ask the landlord for the meter reading?", .suggestion),
    ("That could be a good way to spread the cost.", .suggestion),
    ("Maybe a second router would cover the upstairs rooms.", .suggestion),
    ("Refunds usually take three to five working days.", .information),
    ("The warehouse ships orders twice a day on weekdays.", .information),
    ("A cold snap can cause the boiler pressure to drop.", .information),
    ("Your refund of £42.50 has been processed.", .information),
    ("The engineer is booked for Tuesday morning.", .information),
    ("It should reach your account within five working days.", .information),
    ("I'll take care of this personally.", .ownership),
    ("Let me look into that for you.", .ownership),
    ("I will call you back by 3pm tomorrow.", .nextStep),
    ("You'll receive a confirmation email within 24 hours.", .nextStep),
    ("What happened when the engineer arrived?", .openQuestion),
    ("On a scale of one to ten, whereabouts would you put the noise?", .closedQuestion),
    ("Tell me more about the error you saw.", .openQuestion),
    ("Did the engineer leave a card?", .closedQuestion),
    ("So it's the evening deliveries that keep failing.", .paraphrase),
    ("I heard you say the app logs you out every time.", .paraphrase),
    ("I hear you've tried the reset twice already.", .paraphrase),
    ("Correct me if I'm wrong, the box arrived empty.", .paraphrase),
    ("You should have read the terms before buying.", .blame),
    ("That's your own fault for not checking.", .blame),
    ("Calm down, it's only a few pounds.", .dismissive),
    ("You're overreacting.", .dismissive),
    ("It's not like it's the end of the world.", .dismissive),
    ("It's not as if anyone got hurt.", .dismissive),
    ("That's not my problem.", .dismissive),
    ("Not my fault the courier lost it.", .dismissive),
    ("Whatever.", .dismissive),
    ("You'll need to restart the router.", .suggestion),
    ("You people always complain.", .blame),
    ("Honestly, that would drive me up the wall too.", .validate),
    ("You sound really discouraged by all this.", .reflectFeeling),
    ("You must be gutted after waiting in all day.", .reflectFeeling),
    ("That's smart, keeping the receipt.", .reassurance),
    ("You're not being difficult at all.", .reassurance),
    ("Take your time, there's no rush.", .reassurance),
    ("I can escalate it now and call you tomorrow at 10.", .nextStep),
    ("I'll close the account for you today.", .nextStep),
    ("You're not weak for finding this hard.", .reassurance),
    ("I hope everything works out with the move.", .reassurance),
    ("I'm sure once the engineer has been it'll be sorted.", .reassurance),
    ("Great, I've sorted it for you.", .nextStep),
    ("No, you weren't charged twice. Read the statement properly.", .blame),
    ("Let's see what we can do to get you back online.", .ownership),
    ("I'll come with you to the meeting if you want.", .ownership),
    ("Would it help to talk to your manager about it?", .suggestion),
    ("I'm going to stay on the line with you until it's fixed.", .ownership),
    ("I'll make sure this gets sorted today.", .nextStep),
    ("Unplug the modem for ten seconds, then plug it back in.", .suggestion),
    ("That's our policy, I can't make exceptions.", .policyShield),
    ("My hands are tied.", .policyShield),
    ("Your SLA ticket is in the tier 2 queue pending provisioning.", .jargon),
    ("Oh great, another customer who can't read.", .sarcasm),
    ("Oh wonderful, just what I needed today.", .sarcasm),
    ("Yeah right, like that ever happens.", .sarcasm),
    ("That's a damn stupid question.", .profanity),
    ("I TOLD YOU ALREADY TO RESTART IT.", .shouting),
])
func findsTechnique(_ text: String, _ technique: Technique) {
    let result = analyze(text)
    #expect(result.has(technique), "\(technique.rawValue) not found in: \(text) → \(result.techniques.map(\.rawValue))")
    #expect(result.evidence.contains { $0.technique == technique }, "no evidence span for \(technique.rawValue)")
}

@Test(arguments: [
    ("I'm not sorry, those are the rules.", Technique.apology),
    ("I don't think that's unfair at all.", .validate),
    ("Most people pay by card these days.", .validate),
    ("A lot of people feel this way after a house move.", .information),
    ("Thanks for nothing.", .gratitude),
    ("Your order number is 4471.", .openQuestion),
    ("What a mess that must have been.", .openQuestion),
    ("It's not your fault.", .blame),
    ("I won't tell you to calm down; you have every right to be angry.", .reassurance),
    ("Please keep your receipt.", .profanity),
    ("I am happy to help with your NHS prescription delivery.", .jargon),
    ("Thanks a lot for your patience today.", .sarcasm),
    ("Oh great, that worked! Your order is back.", .sarcasm),
    ("Well, great news: the refund went through.", .sarcasm),
    ("I have checked your account and sent a new code.", .selfDisclosure),
    ("I hope you have a good evening.", .selfDisclosure),
    ("I feel like calling the depot would help here.", .selfDisclosure),
    ("Please send the form back to me.", .selfDisclosure),
    ("That helps me find the parcel faster.", .selfDisclosure),
    ("I'm fine, thanks. How can I help today?", .selfDisclosure),
    ("I'm doing well thank you.", .selfDisclosure),
    ("Glad I could help you with the refund.", .selfDisclosure),
    ("Same day delivery is available.", .selfDisclosure),
    ("I know there's not much anyone can say about a lost parcel.", .selfDisclosure),
    ("The parcel was delivered to the wrong address.", .shouting),
    ("I'll be honest, I like the new design.", .ownership),
    ("Your order shipped yesterday.", .closedQuestion),
    ("I'm happy to help with that.", .reflectFeeling),
    ("I can tell you the delivery date now.", .reflectFeeling),
    ("If you feel stuck at any step, the guide has pictures.", .reflectFeeling),
    ("What has made you feel so anxious about the renewal?", .reflectFeeling),
    ("That makes your total lower this month.", .reflectFeeling),
    ("You can't change the delivery address after dispatch.", .suggestion),
    ("I'm trying to find your order in the new system.", .suggestion),
    ("What have you tried so far with the router?", .suggestion),
    ("Give me a moment while I check your account.", .suggestion),
    ("Maybe you're right about the fee.", .suggestion),
    ("Is there anything else I can help you with?", .suggestion),
    ("I see your order in the system now.", .paraphrase),
    ("Thanks so much, that's kind of you!", .information),
    ("I think you will need the original receipt.", .reassurance),
    ("Keep the receipt somewhere safe for the warranty claim.", .information),
    ("I can raise a ticket for you today.", .information),
    ("The new model is a great choice for a small flat.", .information),
    ("That is good value for a yearly plan.", .reassurance),
    ("I'm sure the courier has a record of it.", .reassurance),
    ("I won't call you before the engineer has been.", .nextStep),
    ("I won't tell you to calm down.", .dismissive),
    ("It's not our policy to leave customers waiting.", .policyShield),
    ("Please see the Help page for Returns.", .personalization),
])
func doesNotFindTechnique(_ text: String, _ technique: Technique) {
    let result = analyze(text)
    #expect(!result.has(technique), "\(technique.rawValue) wrongly found in: \(text)")
}

@Test func paraphraseUsesTheCustomersWords() {
    let customer = "I've been charged twice for the same subscription and nobody answers my emails."
    let restated = analyze("So you've been charged twice and your emails went unanswered.", customer: customer)
    #expect(restated.has(.paraphrase))
    let unrelated = analyze("The weather is lovely today.", customer: customer)
    #expect(!unrelated.has(.paraphrase))
}

@Test func personalizationUsesTheKnownName() {
    #expect(analyze("Thanks, Priya, I can see the order.", name: "Priya").has(.personalization))
    #expect(!analyze("Thanks, I can see the order.", name: "Priya").has(.personalization))
    #expect(analyze("Of course, Tomasz, I'll check.", customer: "Hi, my name is Tomasz and my card was declined.").has(.personalization))
    // Introductions later in the message, with a title, or with a surname.
    let titled = analyze("You're welcome, Mrs Patel, take care.", customer: "Thanks for your help, this is Mrs Patel.")
    #expect(titled.has(.personalization))
    // Their name said back is not a restatement of what they said.
    #expect(!titled.has(.paraphrase))
    #expect(analyze("Of course, Anita.", customer: "Hi, it's Anita Patel here, my card was declined.").has(.personalization))
    #expect(!analyze("Of course, Tuesday works.", customer: "It is Tuesday and nothing works.").has(.personalization))
}

@Test func calmDownIsDismissiveButDontWorryIsReassurance() {
    #expect(analyze("Calm down.").has(.dismissive))
    #expect(analyze("Don't worry about the fee.").has(.reassurance))
    #expect(!analyze("Don't worry about the fee.").has(.dismissive))
    // Saying what the problem is not is minimising only when it calls the problem small.
    #expect(!analyze("This isn't the end of your claim; I'll appeal it today.").has(.dismissive))
    #expect(!analyze("Whatever you decide, I'll make sure it's booked.").has(.dismissive))
    #expect(!analyze("Whatever, the main thing is you got home safe.").has(.dismissive))
    // The agent's own steps are work on the case, not advice.
    #expect(!analyze("I've reset your password.").has(.suggestion))
    #expect(!analyze("Please hold while I check.").has(.suggestion))
    #expect(!analyze("Thank you, people like you are rare.").has(.blame))
    #expect(!analyze("I hope this is the right number.").has(.reassurance))
    #expect(!analyze("Take the time to read the terms before you sign.").has(.reassurance))
    #expect(!analyze("Take your time, there's no rush.").has(.suggestion))
    #expect(!analyze("I read your message properly this time.").has(.blame))
}

@Test func falseStartsDoNotHideAQuestion() {
    let result = analyze("Wh-what made the delivery go wrong?")
    #expect(result.has(.openQuestion))
    #expect(!result.has(.paraphrase))
}

@Test func aQuestionIsNotARestatementEvenWithTheCustomersWords() {
    let customer = "The courier left my parcel with a neighbour I have never met."
    let result = analyze("Which neighbour did the courier leave the parcel with?", customer: customer)
    #expect(result.has(.closedQuestion))
    #expect(!result.has(.paraphrase))
}

@Test func praiseAddressedToYouAffirmsRatherThanRestates() {
    let customer = "I've been patient for three weeks waiting on this refund."
    let praise = analyze("You've been so patient, you're doing everything right.", customer: customer)
    #expect(praise.has(.reassurance))
    #expect(!praise.has(.paraphrase))
    #expect(analyze("So you've been waiting three weeks on this refund.", customer: customer).has(.paraphrase))
}

@Test func aTimeIsANextStepOnlyWhenTheSentenceLooksAhead() {
    let customer = "I've been waiting over a week for my refund."
    for promise in ["I'll chase it and call you back within the hour.", "You should have it by Friday.",
                    "The engineer is booked for tomorrow by noon.", "It'll be with you within 3 working days.",
                    "My colleague will call you back within the hour."] {
        #expect(analyze(promise, customer: customer).has(.nextStep), "\(promise)")
    }
    // A time in what already happened, or in how things usually go, promises nothing.
    for told in ["You've been waiting over a week, that's far too long.", "That's awful, especially after you were promised it by noon.",
                 "Refunds normally arrive within 5 days.", "The shop was busy in the afternoon."] {
        #expect(!analyze(told, customer: customer).has(.nextStep), "\(told)")
    }
}

@Test func condolencesAreSorryForALossAndStoppingTheLettersIsANextStep() {
    let customer = "My dad died last month and you keep sending letters addressed to him."
    let reply = analyze("My condolences. I'll stop the letters today.", customer: customer)
    #expect(reply.has(.apology))
    #expect(reply.has(.nextStep))
    #expect(analyze("Please accept our deepest sympathies.", customer: customer).has(.apology))
    #expect(analyze("I'll change the name on the account now.", customer: customer).has(.nextStep))
    // Not a commitment: no "I'll" or "we'll" doing it.
    #expect(!analyze("The letters stop when the account closes.", customer: customer).has(.nextStep))
}
