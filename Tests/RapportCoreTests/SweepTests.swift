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
