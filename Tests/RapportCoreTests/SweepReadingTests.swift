import Testing
@testable import RapportCore

// The scenario sweep, continued: kind or useful replies a new trainee typed that found nothing (or too little),
// each with the traps that must keep their reading. See `SweepTests` for findings that were wrongly made.

private let shift = "Sixty calls today and the last man screamed at me for twenty minutes."
private let outage = "My shop's card machine has been offline since lunch and it's Friday night."
private let charged = "You've taken the money twice and now my rent has bounced."

@Test func britishWordsForTiredAndAngryAreFeelings() {
    for reply in ["You must be shattered.", "You must be knackered after that.", "You sound frazzled.", "I'd be fuming too."] {
        let reading = analyze(reply, customer: shift)
        #expect(reading.has(.reflectFeeling), "\(reply)")
        #expect(reading.level(.interpretations) == 2, "\(reply)")
    }
    // A broken thing is no feeling.
    for reply in ["Your screen is shattered, so it's not covered.", "The glass was shattered when it arrived."] {
        #expect(!analyze(reply, customer: outage).has(.reflectFeeling), "\(reply)")
    }
}

@Test func anEmphaticDoAndCanOnlyImagineStillReadTheFeeling() {
    for reply in ["That does sound annoying.", "You do sound worn out.", "I can only imagine how frightening this must be.",
                  "I can only imagine how stressful that was."] {
        let reading = analyze(reply, customer: shift)
        #expect(reading.has(.reflectFeeling), "\(reply)")
        #expect(reading.level(.interpretations) == 2, "\(reply)")
    }
    #expect(!analyze("The router does sound like it's failing.", customer: outage).has(.reflectFeeling))
    #expect(!analyze("I can only imagine the engineer forgot.", customer: outage).has(.reflectFeeling))
}

@Test func understandingWithoutISubjectStillShowsUnderstanding() {
    for reply in ["Totally get it.", "Completely understand, let me see what I can do.", "Totally hear you."] {
        #expect(analyze(reply, customer: outage).level(.interpretations) == 1, "\(reply)")
    }
    // An order to understand something is no understanding.
    #expect(analyze("Understand that we can't refund it.", customer: outage).level(.interpretations) == 0)
}

@Test func aSituationCalledHardByWhatItIsNotIsSympathy() {
    for reply in ["These things are never easy.", "It's not easy, is it.", "Nothing worse than settling in for the evening and it keeps cutting out."] {
        #expect(analyze(reply, customer: outage).level(.emotionalReactions) == 1, "\(reply)")
    }
    // About the speaker it is their own story, and an easy fix is no sympathy.
    #expect(analyze("It's not easy for me either, I've had sixty calls.", customer: shift).level(.emotionalReactions) == 0)
    #expect(analyze("It's easy to fix, I'll do it now.", customer: outage).level(.emotionalReactions) == 0)
}

@Test func theReactionAnyoneWouldHaveValidates() {
    for reply in ["Being cut off without warning would make anyone furious.", "That would make anybody cross.",
                  "Waiting in all day is enough to make anyone angry."] {
        #expect(analyze(reply, customer: outage).has(.validate), "\(reply)")
    }
    #expect(!analyze("That would make any router restart.", customer: outage).has(.validate))
}

@Test func aCommitmentThroughGetOrHaveIsANextStep() {
    for reply in ["I'll get the duplicate refunded today.", "I'll get an engineer booked in for you.",
                  "I'll have an engineer out to you first thing tomorrow.", "We'll get the second payment credited back.",
                  "I'm going to get this put right."] {
        #expect(analyze(reply, customer: charged).has(.nextStep), "\(reply)")
    }
    for reply in ["I'll have a look for you.", "I'll have a think about what else might help.", "Did you get the refund?",
                  "You'll have it refunded if you ask the bank."] {
        #expect(!analyze(reply, customer: charged).has(.nextStep), "\(reply)")
    }
}

@Test func commonAcronymsAreNotJargon() {
    for reply in ["No ETA yet, but I'll ring you at six.", "I'll send a new PIN by post.", "Your SIM is on its way."] {
        #expect(!analyze(reply, customer: outage).has(.jargon), "\(reply)")
    }
    #expect(analyze("Your ONT needs a reprovision.", customer: outage).has(.jargon))
}

@Test func chatSpellingsOfSorryAndIllStillRead() {
    for reply in ["sry about that!!", "Soz, that's my fault."] {
        #expect(analyze(reply, customer: charged).has(.apology), "\(reply)")
    }
    let promise = analyze("ill fix it asap", customer: charged)
    #expect(promise.has(.nextStep))
    // "ill" as unwell keeps its meaning.
    for reply in ["You must feel ill with worry.", "I was ill last week, so I know the feeling."] {
        #expect(!analyze(reply, customer: charged).has(.nextStep), "\(reply)")
    }
}

@Test func theCallCentreGoAheadAndOtherWaysOfSharingTheAnnoyance() {
    #expect(analyze("I'll go ahead and get that refund processed for you.", customer: charged).has(.nextStep))
    #expect(!analyze("Go ahead and tell me what happened.", customer: charged).has(.nextStep))
    for reply in ["Totally hear you, that would tick me off too.", "That would wind me up as well."] {
        #expect(analyze(reply, customer: charged).has(.validate), "\(reply)")
    }
    #expect(!analyze("Would that tick the box for you?", customer: charged).has(.validate))
}

@Test func pityHardFeelingsAndHowItMustFeelAreRead() {
    let lump = "The doctor found a lump and you've refused to pay for the scan."
    #expect(analyze("You poor thing.", customer: lump).level(.emotionalReactions) == 1)
    #expect(analyze("Oh, poor you.", customer: lump).level(.emotionalReactions) == 1)
    #expect(analyze("The poor courier got lost.", customer: lump).level(.emotionalReactions) == 0)
    for reply in ["Honestly, I'd be beside myself.", "I'd be gutted.", "It must feel like nobody's on your side right now.",
                  "You look pretty upset."] {
        let reading = analyze(reply, customer: lump)
        #expect(reading.has(.reflectFeeling), "\(reply)")
        #expect(reading.level(.interpretations) == 2, "\(reply)")
    }
    // Service and a thing's state are no feeling.
    for reply in ["I'd be happy to help.", "I'd be glad to look into it.", "It must feel like a long wait for the letter to arrive."] {
        #expect(analyze(reply, customer: lump).level(.interpretations) == 0, "\(reply)")
    }
    #expect(analyze("That's pretty rough.", customer: lump).level(.emotionalReactions) == 1)
    #expect(analyze("You're handling this really well.", customer: lump).has(.reassurance))
}

@Test func findingOutThenComingBackIsANextStep() {
    #expect(analyze("I'll be straight with you, I don't know yet, but I'll find out and call you back.", customer: charged).has(.nextStep))
    #expect(!analyze("You'll find out when the letter comes.", customer: charged).has(.nextStep))
}

@Test func doingItTogetherIsOwnership() {
    for reply in ["We can do it together, one step at a time.", "We'll get through this together.", "Let's sort it out together."] {
        #expect(analyze(reply, customer: charged).has(.ownership), "\(reply)")
    }
    #expect(!analyze("You and your landlord can work it out together.", customer: charged).has(.ownership))
}

@Test func listenAsACallForAttentionIsNoAdvice() {
    for reply in ["Listen, I hear you.", "Look, I'll be straight with you."] {
        #expect(!analyze(reply, customer: charged).has(.suggestion), "\(reply)")
    }
    #expect(analyze("Listen to what the bank tells you.", customer: charged).has(.suggestion))
}

@Test func whatItIsDoingToThemIsReadFromTheirSituation() {
    for reply in ["That must be costing you a fortune in lost orders.", "You must be losing orders every minute.",
                  "You must be run off your feet."] {
        let reading = analyze(reply, customer: outage)
        #expect(reading.has(.reflectFeeling), "\(reply)")
        #expect(reading.level(.interpretations) == 2, "\(reply)")
    }
    #expect(!analyze("That must be costing the courier a fortune.", customer: outage).has(.reflectFeeling))
    #expect(analyze("Gutted for you, mate.", customer: outage).level(.emotionalReactions) == 2)
    #expect(analyze("I realise how much this matters to your business.", customer: outage).level(.interpretations) == 1)
}

@Test func weHaveAllBeenThereAndPraiseOfWhoTheyAre() {
    for reply in ["Yeah, we've all been there.", "We've all had days like that."] {
        #expect(analyze(reply, customer: shift).has(.selfDisclosure), "\(reply)")
    }
    #expect(!analyze("We have been there twice to fix the line.", customer: outage).has(.selfDisclosure))
    for reply in ["You're not a useless cow, you're one of the best on the team.", "You're one of our most patient agents."] {
        #expect(analyze(reply, customer: shift).has(.reassurance), "\(reply)")
    }
}

@Test func whatTheyWereOwedValidates() {
    let cutOff = "You've cut my phone off without a word after twenty years."
    for reply in ["Twenty years is a long time and you deserved a warning.", "You were owed a call before anything was cut off."] {
        #expect(analyze(reply, customer: cutOff).has(.validate), "\(reply)")
    }
    let letter = analyze("You should have had a letter in March, can you check?", customer: cutOff)
    #expect(!letter.has(.blame))
    #expect(!letter.has(.validate))
}

@Test func doingItPersonallyOrStayingWithItIsOwnership() {
    for reply in ["I'll ring you myself before 5pm today.", "I'll stay on it till it's fixed.", "I'm going to see this through."] {
        #expect(analyze(reply, customer: outage).has(.ownership), "\(reply)")
    }
    #expect(!analyze("You can ring them yourself if you'd rather.", customer: outage).has(.ownership))
}

@Test func americanServicePhrasesReadAsTheyAreMeant() {
    let billed = "I was billed twice for one order. Do you people even check these things?"
    let goAhead = analyze("Let me go ahead and take care of that for you right now.", customer: billed)
    #expect(goAhead.has(.ownership))
    #expect(goAhead.level(.emotionalReactions) == 0)
    #expect(analyze("Take care of yourself.", customer: billed).level(.emotionalReactions) == 1)
    #expect(analyze("That's so not okay. Let me fix it.", customer: billed).has(.validate))
    #expect(analyze("I totally get where you're coming from.", customer: billed).level(.interpretations) == 1)
    #expect(analyze("Ugh, I know. So annoying.", customer: billed).level(.emotionalReactions) == 1)
    #expect(analyze("How annoying is it to fix?", customer: billed).level(.emotionalReactions) == 0)
}

@Test func chatSpellingsOfHaveIdAndApologies() {
    let letter = "I have letter from you, red colour, 'final notice'. I pay every month."
    #expect(analyze("thats not on, you shouldnt of got that letter", customer: letter).has(.validate))
    #expect(analyze("You should of read the letter.", customer: letter).has(.blame))
    #expect(analyze("appologies for the confusion", customer: letter).has(.apology))
    let scared = analyze("tbh id be scared too if i got a letter like that", customer: letter)
    #expect(!scared.has(.selfDisclosure))
    #expect(scared.has(.reflectFeeling))
    #expect(analyze("I got a letter like that once and it scared me.", customer: letter).has(.selfDisclosure))
    #expect(!analyze("Most of the letters go out on Monday.", customer: letter).has(.blame))
}

@Test func effortPromisedAndWhatMattersHeard() {
    let upgrade = "Twenty-two years I've flown with you, and now my upgrade can't be confirmed?"
    for reply in ["I can't promise the upgrade, but I can promise I'll fight for it.", "I'm doing everything I can."] {
        let reading = analyze(reply, customer: upgrade)
        #expect(reading.has(.ownership), "\(reply)")
        #expect(!reading.has(.selfDisclosure), "\(reply)")
    }
    let heard = analyze("I hear how much this trip matters to you.", customer: upgrade)
    #expect(!heard.has(.selfDisclosure))
    #expect(heard.level(.interpretations) == 1)
}

@Test func aCreditPromisedAndBritishJudgements() {
    #expect(analyze("I'll knock a month off your bill for the hassle.", customer: charged).has(.nextStep))
    #expect(analyze("That's really poor, I'm sorry.", customer: charged).has(.validate))
    #expect(analyze("That's not on.", customer: charged).has(.validate))
    #expect(!analyze("Your signal is poor in that room, so try the hallway.", customer: charged).has(.validate))
    #expect(analyze("Fair play, that's a lot to deal with.", customer: charged).level(.interpretations) >= 1)
}

@Test func twoHardThingsJoinedAreStillCalledHard() {
    let reading = analyze("Being charged twice and going overdrawn is really stressful, I'm sorry.", customer: charged)
    #expect(reading.has(.reflectFeeling))
    #expect(!analyze("Being charged twice and refunded once is how the bank shows it.", customer: charged).has(.reflectFeeling))
}

@Test func liftingTheEffortOffThemReassures() {
    let bereaved = "She passed away on the 3rd. I don't really know what I'm supposed to do."
    for reply in ["You won't need to call again.", "You don't need to do anything else.", "You won't have to explain it all again.",
                  "Nothing else is needed from you.", "There's no rush at all."] {
        #expect(analyze(reply, customer: bereaved).has(.reassurance), "\(reply)")
    }
    // A task handed to them, or a telling-off, lifts nothing.
    for reply in ["You will need to call the bank.", "You don't need to be so rude."] {
        #expect(!analyze(reply, customer: bereaved).has(.reassurance), "\(reply)")
    }
}

@Test func anEmphaticWantToHelpIsStillOwnership() {
    let cutOff = "You've cut my mobile off, you useless lot."
    for reply in ["I do want to help you get reconnected.", "I really want to sort this for you."] {
        #expect(analyze(reply, customer: cutOff).has(.ownership), "\(reply)")
    }
    #expect(!analyze("I don't want to help.", customer: cutOff).has(.ownership))
}

@Test func aRestatementThatNamesTheFeelingIsOneReflection() {
    let letter = "I have letter from you, red colour, final notice. I think you will switch off my electricity?"
    for reply in ["I can see you are worried.", "It sounds like you're worried."] {
        let reading = analyze(reply, customer: letter)
        #expect(reading.has(.reflectFeeling) && !reading.has(.paraphrase), "\(reply)")
    }
    // Content told back stays a paraphrase, with or without a feeling.
    #expect(analyze("It sounds like the letter says we'll switch off your electricity.", customer: letter).has(.paraphrase))
    let both = analyze("It sounds like you're worried about the letter.", customer: letter)
    #expect(both.has(.paraphrase) && both.has(.reflectFeeling))
}

@Test func aCallBackPromisedAfterTheWorkIsANextStep() {
    let denied = "My MRI claim was denied. My doctor sent me for it."
    for reply in ["I'll look into an appeal for you and call you back by 4 today.", "I will check with the team and then email you."] {
        #expect(analyze(reply, customer: denied).has(.nextStep), "\(reply)")
    }
    // Refusing to call, or handing it to someone else, promises nothing of one's own.
    for reply in ["I'll never call you again.", "I'll pass it on and someone will call you."] {
        #expect(!analyze(reply, customer: denied).has(.nextStep), "\(reply)")
    }
}

@Test func praiseForWhoTheyAreAffirms() {
    let carer = "I've been looking after my mum and working nights, and now this bill."
    for reply in ["You've been incredibly patient with us.", "You seem like a really caring son.", "That is very thoughtful of you."] {
        #expect(analyze(reply, customer: carer).has(.reassurance), "\(reply)")
    }
    // Being responsible for something, and "kind of you" answering thanks, praise no one.
    for reply in ["You are responsible for the payments on this account.", "That's kind of you to say."] {
        #expect(!analyze(reply, customer: carer).has(.reassurance), "\(reply)")
    }
}

@Test func anImaginedReactionIsNoStoryAndThePlanAnnouncedIsANextStep() {
    let billed = "I was billed twice for one order. Twice!"
    for reply in ["I'd be annoyed too if that happened to me.", "If that happened to me I'd be livid."] {
        let reading = analyze(reply, customer: billed)
        #expect(!reading.has(.selfDisclosure) && reading.has(.reflectFeeling), "\(reply)")
    }
    for reply in ["The same thing happened to me last year.", "If it helps, the same happened to me last year."] {
        #expect(analyze(reply, customer: billed).has(.selfDisclosure), "\(reply)")
    }
    for reply in ["Right, so what I'm going to do is raise a complaint for you.", "I've noted all of that on your account."] {
        #expect(analyze(reply, customer: billed).has(.nextStep), "\(reply)")
    }
    #expect(!analyze("What I'm going to do is none of your business.", customer: billed).has(.nextStep))
}

@Test func comfortForAnAnxiousCallerReassures() {
    let anxious = "I'm sorry, I'm useless with computers, I've been trying all morning and I'm getting myself in a state."
    for reply in ["We'll work through this together.", "You haven't done anything wrong.", "There's no such thing as a silly question.",
                  "I'll stay on the line with you the whole time.", "Whenever you're ready.", "I promise we'll get you back in."] {
        #expect(analyze(reply, customer: anxious).has(.reassurance), "\(reply)")
    }
    #expect(analyze("Lots of people get stuck on this bit.", customer: anxious).has(.validate))
    // Where the agent will be, and how many people have accounts, comfort no one.
    for reply in ["I'll be right here in the office till six if the courier comes.", "Lots of people have accounts with us."] {
        let reading = analyze(reply, customer: anxious)
        #expect(!reading.has(.reassurance) && !reading.has(.validate), "\(reply)")
    }
}

@Test func ownershipAndUnderstandingForARepeatCaller() {
    let repeatCaller = "This is the third time I've called and nobody has fixed my broadband. I'm sick of it."
    for reply in ["I'd like to put this right for you.", "That's on us, not you.", "I won't make excuses for what happened."] {
        #expect(analyze(reply, customer: repeatCaller).has(.ownership), "\(reply)")
    }
    for reply in ["I can hear you're really fed up.", "I know you've been let down before."] {
        #expect(analyze(reply, customer: repeatCaller).has(.reflectFeeling), "\(reply)")
    }
    #expect(analyze("I'll give you my direct line.", customer: repeatCaller).has(.nextStep))
    // A fact about them is neither understanding nor comfort; a fault put on them is no ownership.
    let fact = analyze("I know you have been a customer for years.", customer: repeatCaller)
    #expect(!fact.has(.reassurance) && !fact.has(.reflectFeeling))
    #expect(!analyze("That is on your side, I'm afraid.", customer: repeatCaller).has(.ownership))
}

@Test func aPointConcededValidates() {
    let sarcastic = "Is 'Premium 4K' an in-joke over there? From my sofa it looks like a watercolour."
    for reply in ["Ha, fair point, that isn't what you're paying for.", "Fair point.", "You've got a point."] {
        #expect(analyze(reply, customer: sarcastic).has(.validate), "\(reply)")
    }
    #expect(!analyze("The fair point of view is ours.", customer: sarcastic).has(.validate))
}

@Test func aColleagueRunningOnEmptyIsUnderstood() {
    let colleague = "Seventy-one calls. I'm done. I used to actually care, you know."
    #expect(analyze("Seventy-one calls would wear anyone down.", customer: colleague).has(.validate))
    let why = analyze("You still care, that's why it bothers you so much.", customer: colleague)
    #expect(why.has(.reflectFeeling) && why.level(.interpretations) == 2)
    // A reason given for a form is no reading of them.
    #expect(!analyze("That's why we need your postcode.", customer: colleague).has(.reflectFeeling))
}

@Test func aFrightenedClaimantHearsTheLetterJudgedAndTheWayForward() {
    let denied = "i read that letter about ten times at 2am. 'not medically necessary'. i haven't slept properly since."
    #expect(analyze("The letter is awful, and it's not a judgement on you.", customer: denied).has(.validate))
    let way = analyze("Your doctor can send a letter of medical necessity, and I'll start the appeal today.", customer: denied)
    #expect(way.has(.information) && way.has(.nextStep))
    // A wait stated is a fact, not a verdict.
    #expect(!analyze("The wait is about ten minutes.", customer: denied).has(.validate))
}

@Test func aBusyOwnerHearsTheCostRecognisedAndWhoIsComing() {
    let shop = "My shop's card machine has been offline since lunch and it's Friday night. I'm losing money every minute."
    for reply in ["Dev, I know every minute counts on a Friday.", "I know this is costing you money.", "I realise your time is precious."] {
        let reading = analyze(reply, customer: shop)
        #expect(reading.level(.interpretations) == 1 && !reading.has(.selfDisclosure), "\(reply)")
    }
    // Seeing the fault reads the record; the engineer sent is the next step.
    let fault = analyze("I can see a fault at the exchange. An engineer will be with you by 6.", customer: shop)
    #expect(fault.level(.interpretations) == 0 && fault.has(.nextStep))
    #expect(analyze("A colleague from billing will call you this afternoon.", customer: shop).has(.nextStep))
    #expect(!analyze("The engineer who came last time should have fixed it.", customer: shop).has(.nextStep))
    #expect(analyze("I know every trick in the book from my own shop days.", customer: shop).has(.selfDisclosure))
}

@Test func plainWordsForASecondLanguageCallerInformAndCommit() {
    let letter = "Good morning. I have letter from you, red colour, final notice. I not understand everything. I always pay."
    let why = analyze("The payment went to your old bank. This is why the letter came.", customer: letter)
    #expect(why.has(.information))
    #expect(analyze("I will move the payment to your new bank.", customer: letter).has(.nextStep))
    #expect(!analyze("That is why I love this job.", customer: letter).has(.information))
}

@Test func aCallerPromisedThreeCallbacksHearsAnApologyTheRecordAndTheWork() {
    let promised = "This is the fourth time I'm ringing. I've been promised a callback three times. Nobody has called."
    // "and I'm sorry" after a negated verdict is an apology of its own, not inside the "not".
    let sorry = analyze("That's not acceptable and I'm sorry.", customer: promised)
    #expect(sorry.has(.apology) && sorry.has(.validate))
    #expect(!analyze("I'm not sorry and I won't apologise.", customer: promised).has(.apology))
    let notes = analyze("I'm not going to ask you to explain it all again, I've got the notes here.", customer: promised)
    #expect(notes.has(.reassurance) && !notes.has(.selfDisclosure))
    let booking = analyze("I'm booking an engineer for 7:30 tomorrow while you're on the line.", customer: promised)
    #expect(booking.has(.nextStep) && !booking.has(.selfDisclosure))
    #expect(analyze("I've got two kids and a mortgage.", customer: promised).has(.selfDisclosure))
}

@Test func theCustomersOwnDeadlineIsNoNextStep() {
    let student = "My dissertation is due in twelve days and everything is on that laptop."
    let worry = analyze("A cracked screen with your dissertation due in twelve days must be really worrying.", customer: student)
    #expect(!worry.has(.nextStep) && worry.has(.reflectFeeling))
    for reply in ["The refund is due within 5 days.", "Your replacement is due by Friday."] {
        #expect(analyze(reply, customer: student).has(.nextStep), "\(reply)")
    }
}

@Test func howTheServiceRunsInformsAndAWayRoundItSuggests() {
    let charged = "Why was I charged twice?"
    for reply in ["Refunds usually take 3 to 5 working days to show on your statement.", "Your contract ends in March, so there's no exit fee after that.",
                  "The outage is affecting the whole postcode, not just your line.", "The 30-day window starts from delivery, not from when you ordered."] {
        #expect(analyze(reply, customer: charged).has(.information), "\(reply)")
    }
    for reply in ["You can cast from your phone to the TV in the meantime.", "In the meantime, you could use the app."] {
        #expect(analyze(reply, customer: charged).has(.suggestion), "\(reply)")
    }
    // An offer to be called is neither.
    let call = analyze("You can call me anytime.", customer: charged)
    #expect(!call.has(.suggestion) && !call.has(.information))
}

@Test func shortSympathyIsReadAsSympathy() {
    let billed = "I was billed twice and my rent bounced."
    #expect(analyze("That must have been a horrible shock.", customer: billed).has(.reflectFeeling))
    for reply in ["What a nightmare.", "Gosh, what a week you've had.", "I can't believe that happened to you."] {
        #expect(analyze(reply, customer: billed).level(.emotionalReactions) == 1, "\(reply)")
    }
    #expect(analyze("That's the last thing you need right now.", customer: billed).level(.interpretations) >= 1)
    // A cheerful "what a day" is no sympathy.
    #expect(analyze("What a day for it, the sun's out.", customer: billed).level(.emotionalReactions) == 0)
}

@Test func whatAnotherPartyWillNeedInformsAndPromisesNothing() {
    let charged = "Why was I charged twice? My rent bounced."
    let bank = analyze("Your bank will need the letter within 14 days.", customer: charged)
    #expect(bank.has(.information) && !bank.has(.nextStep))
    #expect(analyze("I will call you within the hour.", customer: charged).has(.nextStep))
}
