import Testing
@testable import RapportCore

// Questions versus sentences that only end in a question mark (see docs/scoring.md, "Traps").
// `analyze(_:customer:name:)` is defined in TechniqueTests.swift.

@Test func aQuotedQuestionIsReportedSpeech() {
    let quoted = analyze("Lots of customers think, \"Why is it always late?\" and that is fair.")
    #expect(!quoted.has(.openQuestion))
    #expect(analyze("Why is it always late?").has(.openQuestion))
}

@Test func aQuestionAfterAReportingVerbIsReportedSpeech() {
    #expect(!analyze("Then the courier said, why bother ringing twice?").has(.openQuestion))
    #expect(!analyze("I asked myself: what is the point of the upgrade?").has(.openQuestion))
    #expect(analyze("That said, is there anything else on the bill?").has(.openQuestion))
    #expect(analyze("With that being said, what would you like to change first?").has(.openQuestion))
    #expect(analyze("May I ask, how long have you been with us?").has(.closedQuestion))
}

@Test func aBareBackchannelIsAnEncouragerNotAQuestion() {
    #expect(!analyze("Yeah?").has(.closedQuestion))
    #expect(!analyze("Mm, yeah?").has(.closedQuestion))
    #expect(analyze("Really?").has(.closedQuestion))
    #expect(analyze("Yeah? What did the courier say?").has(.openQuestion))
}

@Test func aComprehensionCheckAfterAStatementConfirmsIt() {
    let customer = "My parcel went to my old flat."
    let checked = analyze("So the parcel went to your old flat. Is that right?", customer: customer)
    #expect(!checked.has(.closedQuestion))
    #expect(checked.has(.paraphrase))
    #expect(analyze("Is that right?").has(.closedQuestion))
    let twice = analyze("So the parcel went to your old flat? Is that right?", customer: customer)
    #expect(!twice.has(.closedQuestion))
    #expect(analyze("Did it go to your old flat? Is that right?", customer: customer).has(.closedQuestion))
    #expect(analyze("Your refund is due on Monday. Did the card change?").has(.closedQuestion))
}

@Test func aStatementCheckedForUnderstandingRestates() {
    // Without the customer's words the check alone says the statement restates them.
    #expect(analyze("The courier left without knocking. Is that right?").has(.paraphrase))
    #expect(analyze("The engineer never turned up, is that correct?").has(.paraphrase))
    // A check of agreement, or advice before the check, restates nothing.
    #expect(!analyze("The fee is waived, okay?").has(.paraphrase))
    #expect(!analyze("You should call the depot. Is that right?").has(.paraphrase))
}

@Test func aFramedStatementWithAQuestionMarkIsAReflection() {
    let customer = "I've rung four times this week."
    let framed = analyze("You feel like nobody is listening to you?", customer: customer)
    #expect(framed.has(.paraphrase))
    #expect(!framed.has(.closedQuestion))
    let cleft = analyze("So what I'm hearing is the app keeps logging you out?", customer: customer)
    #expect(!cleft.has(.openQuestion))
    #expect(cleft.has(.paraphrase))
    #expect(analyze("You're flying out on Friday?", customer: customer).has(.closedQuestion))
    #expect(analyze("So what did the app show?", customer: customer).has(.openQuestion))
    let summary = analyze("So something changed after the fourth call?", customer: customer)
    #expect(summary.has(.paraphrase))
    #expect(!summary.has(.closedQuestion))
}

@Test func anActionProposedAsAQuestionIsAdvice() {
    let proposal = analyze("Have you tried restarting the router?")
    #expect(proposal.has(.suggestion))
    #expect(!proposal.has(.closedQuestion))
    #expect(analyze("Would you consider a replacement instead?").has(.suggestion))
    #expect(analyze("Have you spoken to the courier yet?").has(.closedQuestion))
}

@Test func aQuestionStartingInsideAStatementIsStillAQuestion() {
    let customer = "The engineer came and went without fixing anything."
    #expect(analyze("That's good news, and is there anything else the engineer said?", customer: customer).has(.openQuestion))
    #expect(analyze("So you've been waiting-- how long has it been now?", customer: customer).has(.closedQuestion))
    #expect(analyze("Yeah, is it booked again", customer: customer).has(.closedQuestion))
    let tagged = analyze("So the engineer left without fixing anything, is that right?", customer: customer)
    #expect(!tagged.has(.closedQuestion))
    #expect(tagged.has(.paraphrase))
}

@Test func iWonderIfYouInvitesButIWonderWhetherThatMuses() {
    #expect(analyze("I wonder if you could tell me what the letter said.").has(.openQuestion))
    #expect(analyze("I'm wondering what your landlord told you.").has(.openQuestion))
    #expect(analyze("I wonder if we could go through the bill together.").has(.openQuestion))
    #expect(!analyze("I wonder whether the update made it worse.").has(.openQuestion))
}

@Test func anEchoedFragmentAsksToConfirmADetail() {
    let customer = "They sent the replacement to my old flat in Leeds."
    #expect(analyze("Your old flat in Leeds?", customer: customer).has(.closedQuestion))
    let clause = analyze("They sent it to your old flat?", customer: customer)
    #expect(clause.has(.paraphrase))
    #expect(!clause.has(.closedQuestion))
}

@Test func aRhetoricalTurnAsksNothing() {
    #expect(!analyze("And you know what? The new part fixed it.").has(.closedQuestion))
    #expect(!analyze("It's been a long week for everyone, you know?").has(.closedQuestion))
    #expect(analyze("Do you know what the error code was?").has(.closedQuestion))
}

@Test func aStatementClosedByATagStatesRatherThanAsks() {
    #expect(!analyze("The late fee has been waived, okay?").has(.closedQuestion))
    #expect(!analyze("All right?").has(.closedQuestion))
    let worried = analyze("That worries you?", customer: "I keep thinking the charge will happen again.")
    #expect(!worried.has(.closedQuestion))
    #expect(worried.has(.paraphrase))
    #expect(analyze("Did the fee go, okay?").has(.closedQuestion))
}

@Test func shareWithMeInvitesOnlyAsARequest() {
    #expect(analyze("Share with me what the letter said.").has(.openQuestion))
    #expect(!analyze("Only if it's something you'd like to share with me.").has(.openQuestion))
}

@Test func aCheckOnWhatWasMeantAndAShallWeTagDoNotAsk() {
    let customer = "I want the refund, not a voucher."
    let checked = analyze("You'd rather have the money back. Was that what you were saying?", customer: customer)
    #expect(!checked.has(.closedQuestion))
    #expect(!analyze("Let's look at the bill together, shall we?").has(.closedQuestion))
    #expect(analyze("Shall we book the engineer for Monday?").has(.closedQuestion))
    #expect(!analyze("Now, what you said is the voucher is no use to you?", customer: customer).has(.openQuestion))
}

@Test func anAnnouncedSummaryOrAMeaningCheckRestates() {
    let customer = "The box came but there was nothing inside it."
    let saying = analyze("Are you saying the box was empty?", customer: customer)
    #expect(saying.has(.paraphrase))
    #expect(!saying.has(.closedQuestion))
    #expect(!analyze("Basically the box came empty?", customer: customer).has(.closedQuestion))
    #expect(!analyze("You got the box but nothing was inside is that correct?", customer: customer).has(.closedQuestion))
    #expect(analyze("Are you at home when the courier comes?", customer: customer).has(.closedQuestion))
    #expect(analyze("So you felt let down, and how did the courier respond?", customer: customer).has(.openQuestion))
}

@Test func aWhClauseWithItsSubjectFirstOpensAStatement() {
    #expect(!analyze("What I found is that the app works better after an update.").has(.openQuestion))
    #expect(!analyze("When I have a parcel missing, I call the depot first.").has(.openQuestion))
    #expect(analyze("What did you try next").has(.openQuestion))
}

@Test func aSpacedDashBreaksAClause() {
    let reply = analyze("I'm so sorry that happened - how long have you been waiting?", customer: "My parcel never came.")
    #expect(reply.has(.closedQuestion))
    #expect(!analyze("Your well-being matters to us.").has(.openQuestion))
}

@Test func questionsAboutPeopleInTheirStoryExplore() {
    let customer = "My landlord kept the deposit and my flatmate won't answer."
    #expect(analyze("Did she say why she won't answer?", customer: customer).level(.explorations) >= 1)
    #expect(analyze("Are things any better with him now?", customer: customer).level(.explorations) >= 1)
    // Without a message there is no story to ask about.
    #expect(analyze("Are things any better with him now?").level(.explorations) == 0)
}

@Test func anUnmarkedWhQuestionMayHaveANounSubject() {
    #expect(analyze("how did the move go").has(.openQuestion))
    #expect(analyze("what was your first thought").has(.openQuestion))
}

@Test func aQuestionForOneFactIsClosed() {
    // A time, a place, a person, a choice, an amount or a point on a scale: a short answer, not their story.
    for text in ["When did the engineer last come out?", "Where did you buy the boiler?", "Who did you speak to in billing?",
                 "Which card was charged twice?", "How long has the heating been off?", "How many times did the courier call?",
                 "What time did the parcel arrive?", "On a scale of one to ten, how worried are you about the bill?",
                 "And the refund went back to which card?", "Okay, and when did it arrive",
                 "When you rang us, which card did you use?", "Which-which tariff are you on?"] {
        let result = analyze(text)
        #expect(result.has(.closedQuestion), "\(text)")
        #expect(!result.has(.openQuestion), "\(text)")
    }
    // What happened, how it felt, why, and what they think (even about a time or place) invite the story.
    for text in ["What happened when the engineer came?", "How did it feel when the bill arrived?", "Why do you think it keeps cutting out?",
                 "Where do you think we should go from here?", "When do you feel the service let you down most?",
                 "What sort of help would make this easier?",
                 // A relative "where" opens no question of its own.
                 "What would you think about a plan where we send an engineer on Monday?"] {
        let result = analyze(text)
        #expect(result.has(.openQuestion), "\(text)")
        #expect(!result.has(.closedQuestion), "\(text)")
    }
}

@Test func anythingElseAndATrailingOrLeaveTheAnswerOpen() {
    for text in ["Is there anything else on your mind about the move?", "Anything else?", "Any other worries about the bill?",
                 "Did it cut out again, or?"] {
        let result = analyze(text)
        #expect(result.has(.openQuestion), "\(text)")
        #expect(!result.has(.closedQuestion), "\(text)")
    }
    #expect(analyze("Is there anyone at home with you?").has(.closedQuestion))
    #expect(analyze("Did it cut out again?").has(.closedQuestion))
}

@Test func askingToHearItAgainIsNeitherAnApologyNorAQuestion() {
    for text in ["Sorry?", "Pardon?", "Excuse me?", "Sorry, come again?"] {
        let result = analyze(text, customer: "The boiler made a noise like a kettle.")
        #expect(!result.has(.apology), "\(text)")
        #expect(!result.has(.closedQuestion) && !result.has(.openQuestion), "\(text)")
    }
    let apology = analyze("Sorry, could you read me the meter number again?")
    #expect(apology.has(.apology))
    #expect(apology.has(.closedQuestion) || apology.has(.openQuestion))
    #expect(analyze("Sorry.").has(.apology))
}

@Test func surpriseWithATagStillAsksAndAProposalWithShallWeDoesNot() {
    #expect(analyze("Oh, yeah?").has(.closedQuestion))
    #expect(!analyze("Mm, yeah?").has(.closedQuestion))
    #expect(!analyze("Um, let's have a look at the bill shall we?").has(.closedQuestion))
    #expect(analyze("Shall we have a look at the bill?").has(.closedQuestion))
    // The tag after a real statement still only checks it.
    #expect(!analyze("The fee is waived, okay?").has(.closedQuestion))
}

@Test func aDeniedFeelingSaidAsAQuestionRestates() {
    let result = analyze("And you're not feeling great about the new tariff?")
    #expect(result.has(.paraphrase))
    #expect(!result.has(.closedQuestion))
    // Without a feeling, a new detail said as a question asks for it.
    #expect(analyze("And you're not on the new tariff yet?").has(.closedQuestion))
}

@Test func readingBackAFormEntryAsksToConfirmIt() {
    let customer = "The boiler is making that noise again."
    for text in ["You ticked the box here that the boiler is under ten years old?",
                 "So, you wrote on the form that the boiler was serviced in May, is that right?"] {
        let result = analyze(text, customer: customer)
        #expect(result.has(.closedQuestion), "\(text)")
    }
    // What they just told the agent, said back, still restates.
    let restated = analyze("So the boiler is making that noise again?", customer: customer)
    #expect(restated.has(.paraphrase))
    #expect(!restated.has(.closedQuestion))
}

@Test func asYouSaidAndHowItFeelsMarkARestatement() {
    for text in ["And the second engineer never turned up, as you said?", "Right now it feels almost too much to sort out?"] {
        let result = analyze(text)
        #expect(result.has(.paraphrase), "\(text)")
        #expect(!result.has(.closedQuestion), "\(text)")
    }
    // Without the marker, a new detail said as a question asks for it.
    #expect(analyze("And the second engineer never turned up?").has(.closedQuestion))
    #expect(analyze("Right now it takes about a week?").has(.closedQuestion))
}

@Test func howDoesThatSoundAfterAProposalChecksAgreement() {
    let proposal = analyze("I can book the engineer for Tuesday morning. How does that sound?")
    #expect(!proposal.has(.openQuestion) && !proposal.has(.closedQuestion))
    // Alone, it checks agreement with what the agent proposed in the turn before; it does not explore the customer.
    #expect(!analyze("How does that sound?").has(.openQuestion))
    #expect(!analyze("How would that sound, Mrs Patel?").has(.openQuestion))
    // A question about how something sounded to them is still asked.
    #expect(analyze("How did the engineer sound on the phone?").has(.openQuestion))
}

@Test func aNameClosingACheckIsAddress() {
    let result = analyze("So the refund never reached your card. Is that right, Mr Ahmed?", customer: "The refund never reached my card.")
    #expect(!result.has(.closedQuestion))
    #expect(result.has(.paraphrase))
    // Alone, the check still asks.
    #expect(analyze("Is that right, Mr Ahmed?").has(.closedQuestion))
}

@Test func adviceSaidWithARisingToneProposesRatherThanAsks() {
    let advice = analyze("Maybe ring the bank first?")
    #expect(advice.has(.suggestion))
    #expect(!advice.has(.closedQuestion))
    #expect(analyze("You could try the app?").has(.suggestion))
    // A statement said as a question that proposes nothing still asks.
    #expect(analyze("You called yesterday?").has(.closedQuestion))
}

@Test func aSubjectWhQuestionNeedsNoQuestionMark() {
    #expect(analyze("What seems to be the problem with the boiler").has(.openQuestion))
    #expect(analyze("What happened").has(.openQuestion))
    #expect(analyze("Who told you that").has(.openQuestion))
    // A statement opened by "what": a later "was" makes the wh-clause its subject.
    #expect(!analyze("What happened was awful.").has(.openQuestion))
    #expect(!analyze("What I found is that the fuse had gone.").has(.openQuestion))
}
