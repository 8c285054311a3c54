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

@Test func aShrugOrDisowningIsDismissive() {
    for reply in ["Obviously we can't control outages, these things happen.", "These things happen, it'll come back.",
                  "Glitches happen.", "There's nothing wrong on our end.", "It's your home network, not our service.",
                  "Everything is fine on our side."] {
        #expect(analyze(reply, customer: outage).has(.dismissive), "\(reply)")
    }
    // Comfort for a slip of their own, and the record reported, are not.
    for reply in ["It happens to the best of us.",
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
