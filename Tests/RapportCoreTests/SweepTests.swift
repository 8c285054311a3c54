import Testing
@testable import RapportCore

// The scenario sweep: replies a new trainee typed in the shipped calls that were misread, each with the traps
// that must keep their reading. This file: findings that were wrongly made (harm read into a kind reply, thanks
// or a story read into service talk). `SweepReadingTests` holds the readings that were missed.

private let callbacks = "This is the third time I've rung. I was promised a callback twice and nobody rang."
private let outage = "My shop's card machine has been offline since lunch and it's Friday night."
private let bereaved = "I need to close my dad's account. He died last month and the letters keep coming."

@Test func aSincereThatsShockingIsNoSarcasm() {
    for reply in ["That's shocking, I'm so sorry.", "Twice?! That's shocking.", "Honestly, that's appalling.",
                  "That's not good enough, and I'm going to fix it.", "That's out of order, nobody should be left waiting like that."] {
        let reading = analyze(reply, customer: callbacks)
        #expect(!reading.has(.sarcasm), "\(reply)")
        #expect(reading.has(.validate), "\(reply)")
    }
    // The mocking forms keep their reading.
    for reply in ["How convenient.", "Well, that's convenient.", "What a surprise, another complaint.", "Oh great, another one."] {
        #expect(analyze(reply, customer: callbacks).has(.sarcasm), "\(reply)")
    }
    // Judging the customer's own conduct validates nothing.
    #expect(!analyze("Your language is shocking.", customer: callbacks).has(.validate))
}

@Test func recognitionWithAppreciateIsNotThanks() {
    for reply in ["I appreciate this is a busy time for you.", "I appreciate how annoying this is.",
                  "I appreciate that this has been a long wait.", "I really appreciate you've been let down twice."] {
        let reading = analyze(reply, customer: outage)
        #expect(!reading.has(.gratitude), "\(reply)")
        #expect(reading.level(.interpretations) >= 1, "\(reply)")
    }
    // Thanks keeps its reading.
    for reply in ["I appreciate your patience.", "I appreciate you calling us.", "I appreciate that, thank you.", "I really appreciate it."] {
        #expect(analyze(reply, customer: outage).has(.gratitude), "\(reply)")
    }
}

@Test func readingTheRecordIsNoUnderstanding() {
    for reply in ["I can see there's a fault on the line.", "I can see that there were two callbacks booked.",
                  "I can see on the system that the engineer cancelled.", "I can see your account here."] {
        #expect(analyze(reply, customer: callbacks).level(.interpretations) == 0, "\(reply)")
    }
    for reply in ["I can see that.", "I can see why you're cross.", "I can see that you're upset.", "I can see your frustration."] {
        #expect(analyze(reply, customer: callbacks).level(.interpretations) >= 1, "\(reply)")
    }
}

@Test func whatTheCustomerWasOwedIsNoBlame() {
    for reply in ["You should have been sent a code by text.", "You should have been told about the fee.",
                  "You should have been called back on Monday."] {
        #expect(!analyze(reply, customer: callbacks).has(.blame), "\(reply)")
    }
    for reply in ["You should have been more careful with the code.", "You should have read the email.",
                  "You should have bought the extended cover.", "You should have reported it sooner."] {
        #expect(analyze(reply, customer: callbacks).has(.blame), "\(reply)")
    }
}

@Test func sorryWhenLostForWordsIsNoApology() {
    for reply in ["Sorry, I don't understand what you mean.", "Sorry, I didn't follow.", "Sorry, I didn't hear that.",
                  "Sorry, I don't understand what you said about the meter."] {
        let reading = analyze(reply, customer: outage)
        #expect(!reading.has(.apology), "\(reply)")
        #expect(reading.level(.emotionalReactions) == 0, "\(reply)")
    }
    for reply in ["Sorry, I don't understand why nobody rang you.", "I'm so sorry, I don't understand how this was missed."] {
        #expect(analyze(reply, customer: callbacks).has(.apology), "\(reply)")
    }
}

@Test func asksToStopShoutingIsNoPleadingConcern() {
    for reply in ["Please don't shout.", "Please don't swear at me.", "Please don't talk to me like that."] {
        #expect(analyze(reply, customer: callbacks).level(.emotionalReactions) == 0, "\(reply)")
    }
    #expect(analyze("Please don't give up on us yet.", customer: callbacks).level(.emotionalReactions) == 1)
}

@Test func serviceAsidesAreNoStories() {
    for reply in ["That's no problem at all, I've got plenty of time.", "I have all the time in the world for you.",
                  "Please don't shout, I'm only trying to explain.", "I'm just trying to help.",
                  "To close the account I need the death certificate.", "I'll need a copy of the will.",
                  "I totally get how stressful this must be for you.", "I get how hard this is.",
                  "I'd be fuming too if my card machine went down on a Friday."] {
        #expect(!analyze(reply, customer: bereaved).has(.selfDisclosure), "\(reply)")
    }
    // The agent's own life is still a story.
    for reply in ["I need a holiday after the week I've had.", "I'm only trying to stay calm about my own move.",
                  "My card machine went down last summer and it was a nightmare.", "I've got plenty of time for my own family these days."] {
        #expect(analyze(reply, customer: outage).has(.selfDisclosure), "\(reply)")
    }
}

@Test func aShrugOrDisowningIsDismissive() {
    for reply in ["Obviously we can't control outages, these things happen.", "These things happen, it'll come back.",
                  "Glitches happen.", "There's nothing wrong on our end.", "It's your home network, not our service.",
                  "Everything is fine on our side."] {
        #expect(analyze(reply, customer: outage).has(.dismissive), "\(reply)")
    }
    // Comfort for a slip of their own, and the record reported, are not.
    for reply in ["It happens to the best of us.", "These things happen to everyone, don't be hard on yourself.",
                  "There's nothing on our system about a callback.", "Let me check whether it's on our side.",
                  "Not on our system yet, but I'll add it now."] {
        #expect(!analyze(reply, customer: outage).has(.dismissive), "\(reply)")
    }
}

@Test func belittlingAndOldKnowledgeHeldAgainstThemAreHarmful() {
    for reply in ["It's very simple, even my nan can do it.", "Even a child could use the app.", "It's not rocket science."] {
        #expect(analyze(reply, customer: outage).has(.sarcasm), "\(reply)")
    }
    #expect(!analyze("My nan can do it with the large-print guide, so I'll post you one.", customer: outage).has(.sarcasm))
    for reply in ["Look, you knew that when you signed up.", "You agreed to the terms when you booked.",
                  "You need to read the letter properly.", "You need to read the letter carefully, it explains everything."] {
        #expect(analyze(reply, customer: outage).has(.blame), "\(reply)")
    }
    for reply in ["You need to read the letter out to me.", "You'll need to check the meter reading for me.",
                  "You knew something was wrong before we did, and you were right."] {
        #expect(!analyze(reply, customer: outage).has(.blame), "\(reply)")
    }
}

@Test func officeWaysOfHoldingThingsAgainstThemAreBlame() {
    for reply in ["As previously advised, the refund takes five working days.", "I've explained this three times now.",
                  "I have already told you this twice.", "I'm not being funny but you did agree to the terms.",
                  "With the greatest respect, you're not listening."] {
        let reading = analyze(reply, customer: callbacks)
        #expect(reading.has(.blame), "\(reply)")
        #expect(!reading.has(.selfDisclosure), "\(reply)")
    }
    for reply in ["As previously promised, I've booked the engineer.", "I've explained it to my manager and she agrees.",
                  "You agreed to a callback on Monday, so I'll ring then.", "You're not alone in this."] {
        #expect(!analyze(reply, customer: callbacks).has(.blame), "\(reply)")
    }
}

@Test func disowningAndHowItWorksAreDismissive() {
    for reply in ["No offence, but that's not really our problem.", "Kindly note that we are not responsible for bank charges.",
                  "I'm sorry you're upset but that's just how it works."] {
        #expect(analyze(reply, customer: callbacks).has(.dismissive), "\(reply)")
    }
    #expect(analyze("I'm sorry you're upset but that's just how it works.", customer: callbacks).level(.emotionalReactions) == 0)
    for reply in ["It's not really my area, so I'll put you through to billing and stay on the line.",
                  "Here's how it works: the refund goes back to your card.", "You're not responsible for the fee, we are."] {
        #expect(!analyze(reply, customer: callbacks).has(.dismissive), "\(reply)")
    }
}

@Test func theMessengerIsAWallNotAStory() {
    for reply in ["I'm only the messenger.", "Don't shoot the messenger!", "That's above my pay grade, I'm afraid."] {
        let reading = analyze(reply, customer: callbacks)
        #expect(reading.has(.policyShield), "\(reply)")
        #expect(!reading.has(.selfDisclosure), "\(reply)")
    }
    #expect(!analyze("I'll message the engineer now.", customer: callbacks).has(.policyShield))
}

@Test func theSlipNamedAsTheirsIsBlameAndNoComfort() {
    let locked = "I've been trying to log in since nine and now it says I'm locked out."
    for reply in ["Obviously you've typed it wrong.", "You've entered the wrong password three times.", "I'm sure it's just user error."] {
        #expect(analyze(reply, customer: locked).has(.blame), "\(reply)")
    }
    let sure = analyze("I'm sure it's just user error.", customer: locked)
    #expect(!sure.has(.reassurance))
    #expect(sure.level(.emotionalReactions) == 0)
    for reply in ["If it says wrong password, try typing it in again slowly.", "I'm sure we'll get you back in.",
                  "The form was filled in wrong on our side, so I'll correct it."] {
        #expect(!analyze(reply, customer: locked).has(.blame), "\(reply)")
    }
    #expect(analyze("I'm sure we'll get you back in.", customer: locked).has(.reassurance))
}

@Test func aMissingApostropheBeforeAJudgementReadsAsItIs() {
    let wall = analyze("I know its frustrating but theres an outage, nothing we can do till its fixed.", customer: outage)
    #expect(!wall.has(.selfDisclosure))
    #expect(wall.has(.policyShield))
    #expect(wall.level(.interpretations) == 0)
    #expect(analyze("Its rubbish, I'm sorry.", customer: outage).level(.emotionalReactions) == 2)
    // The possessive keeps its reading.
    #expect(!analyze("The router has its own power switch.", customer: outage).has(.policyShield))
    #expect(!analyze("Nothing we can do will bring the evening back, but I can credit the day.", customer: outage).has(.policyShield))
}

@Test func mockingInTheThirdPersonAndDenyingTheirExperienceAreHarmful() {
    let spinning = "The picture keeps freezing every evening and I'm paying for the top plan."
    #expect(analyze("Wow, someone's having a bad day.", customer: spinning).has(.sarcasm))
    #expect(!analyze("Someone from our team will ring you today.", customer: spinning).has(.sarcasm))
    for reply in ["Sorry to hear that, our service is working as normal in your area.", "The network is running fine.",
                  "Try not to take it personally, it's just a job."] {
        #expect(analyze(reply, customer: spinning).has(.dismissive), "\(reply)")
    }
    for reply in ["The line is working normally again, so the fault has cleared.", "Your service is working now, can you check the picture?"] {
        #expect(!analyze(reply, customer: spinning).has(.dismissive), "\(reply)")
    }
}

@Test func anEmphaticTagConfirmsUnderstandingAndTellsNoStory() {
    let cutOff = "You've cut my phone off without a word after twenty years."
    for reply in ["I get you're angry, I really do.", "I understand, I honestly do.", "I know it's maddening, I do."] {
        #expect(!analyze(reply, customer: cutOff).has(.selfDisclosure), "\(reply)")
    }
    for reply in ["I get it, I had my own phone cut off once.", "I know, I really did lose my phone last year.",
                  "Lots of people are scared to ring us right now, I know that I am!"] {
        #expect(analyze(reply, customer: cutOff).has(.selfDisclosure), "\(reply)")
    }
}

@Test func aBareSorryOpeningAQuestionSoftensIt() {
    for reply in ["Sorry, who am I speaking to?", "Sorry, can I take your postcode?"] {
        let reading = analyze(reply, customer: bereaved)
        #expect(!reading.has(.apology), "\(reply)")
        #expect(reading.level(.emotionalReactions) == 0, "\(reply)")
    }
    for reply in ["I'm so sorry, how are you holding up?", "Sorry about the letters. Can I stop them for you today?", "Sorry for your loss."] {
        #expect(analyze(reply, customer: bereaved).has(.apology), "\(reply)")
    }
}

@Test func theAccountHolderRuleAsAWall() {
    for reply in ["I'm sorry but I can only speak to the account holder.", "Unfortunately as she is deceased I cannot discuss the account with you."] {
        let reading = analyze(reply, customer: bereaved)
        #expect(reading.has(.policyShield), "\(reply)")
        #expect(reading.level(.emotionalReactions) == 0, "\(reply)")
    }
    // With the way forward after it, it is no wall.
    #expect(!analyze("I can only speak to the account holder, but I can take your details and close it with you today.", customer: bereaved).has(.policyShield))
}

@Test func pointlessComplaintsAndNotMuchICanDoAreWalls() {
    let cracked = "My laptop screen cracked and I need it back this week."
    #expect(analyze("You're welcome to complain but it won't change anything.", customer: cracked).has(.dismissive))
    #expect(analyze("I'm afraid there's not much I can do.", customer: cracked).has(.policyShield))
    for reply in ["It won't change the warranty, so don't worry about that.", "There's not much I can't do with a repair like this."] {
        let reading = analyze(reply, customer: cracked)
        #expect(!reading.has(.dismissive) && !reading.has(.policyShield), "\(reply)")
    }
}

@Test func theirUpsetCalledPuzzlingAndTheEarlierMessageHeldAgainstThem() {
    let billed = "I was billed twice for one order. Do you people even check these things?"
    #expect(analyze("I'm not sure why you're so upset, it's just a double charge.", customer: billed).has(.dismissive))
    #expect(analyze("Per my last message, the refund has been processed.", customer: billed).has(.blame))
    for reply in ["I'm not sure why the second charge went through, so I'm checking now.", "As per your last message, I've refunded it."] {
        let reading = analyze(reply, customer: billed)
        #expect(!reading.has(.dismissive) && !reading.has(.blame), "\(reply)")
    }
}

@Test func politeWaysToDisownTheDecision() {
    let upgrade = "Twenty-two years I've flown with you, and now my upgrade can't be confirmed?"
    let sure = analyze("I'm sure you can appreciate that we have a lot of Platinum members.", customer: upgrade)
    #expect(sure.has(.dismissive))
    #expect(!sure.has(.reassurance))
    let decide = analyze("With all due respect, Mr Hale, I don't decide who gets upgraded.", customer: upgrade)
    #expect(decide.has(.policyShield))
    #expect(!decide.has(.selfDisclosure))
    for reply in ["I'm sure you'll enjoy the flight.", "I don't decide until I've seen the seat map, so give me a minute."] {
        let reading = analyze(reply, customer: upgrade)
        #expect(!reading.has(.dismissive), "\(reply)")
    }
    #expect(!analyze("I'm sure you'll enjoy the flight.", customer: upgrade).has(.policyShield))
}

@Test func snappingBackAndBlamingTheirKitAreHarmful() {
    let spinning = "The picture keeps freezing every evening and I'm paying for the top plan."
    for reply in ["Ok, well if you're going to be like that.", "Alright, no need for the attitude."] {
        #expect(analyze(reply, customer: spinning).has(.dismissive), "\(reply)")
    }
    #expect(analyze("I can't see any issues on our side, so it must be your wifi.", customer: spinning).has(.blame))
    for reply in ["If it's your wifi, I'll help you check it.", "It must be so annoying on your big night in."] {
        #expect(!analyze(reply, customer: spinning).has(.blame), "\(reply)")
    }
}
