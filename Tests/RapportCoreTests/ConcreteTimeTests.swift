import Testing
import RapportCore

/// A reply that names a time the customer can plan around: what scenarios such as late-callback and business-outage
/// ask for (`turn:names_a_time()`). Each case is a reply with the phrase that should be found in it and its form.
@Suite struct ConcreteTimeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let reply: String
        let phrase: String
        let form: ConcreteTime.Form
        var testDescription: String { reply }
        init(_ reply: String, _ phrase: String, _ form: ConcreteTime.Form) {
            self.reply = reply
            self.phrase = phrase
            self.form = form
        }
    }

    static let times: [Case] = [
        // Clock times.
        Case("I'll call you back myself at 3pm today.", "3pm", .clockTime),
        Case("The engineer is booked for 8 a.m. tomorrow.", "8 a.m", .clockTime),
        Case("I'll ring you at 3 p.m. to confirm the refund.", "3 p.m", .clockTime),
        Case("Your backup router will be with you by 5:30pm.", "5:30pm", .clockTime),
        Case("The courier arrives at 3.30pm with the new card machine.", "3.30pm", .clockTime),
        Case("I've booked an engineer for 10:30 on Saturday.", "10:30", .clockTime),
        Case("Your line test finishes at 17:45, I'll ring you then.", "17:45", .clockTime),
        Case("I'LL CALL YOU AT 4PM.", "4PM", .clockTime),
        // A clock hour after by, at, before or around.
        Case("I'll ring you back myself by 3 with an engineer booked.", "by 3", .clockHour),
        Case("I'll call you at 4 today to confirm.", "at 4", .clockHour),
        Case("You'll have the refund before 5 this afternoon.", "before 5", .clockHour),
        Case("The engineer should be there around 3.30.", "around 3.30", .clockHour),
        Case("I'll have it sorted by 3, at the latest.", "by 3", .clockHour),
        Case("I'll ring you at 12 tomorrow with the result.", "at 12", .clockHour),
        Case("I'll call you back at 9:45 once the line test is done.", "at 9:45", .clockHour),
        Case("Expect my call BY 6 tonight.", "BY 6", .clockHour),
        // Times in words.
        Case("I'll call you back at noon.", "noon", .namedTime),
        Case("The engineer will be with you by 12 noon.", "by 12", .clockHour),
        Case("I'll ring you back before midday with the credit confirmed.", "midday", .namedTime),
        Case("I'll call you at four o'clock.", "o'clock", .namedTime),
        Case("I'll call you at four o\u{2019}clock.", "o\u{2019}clock", .namedTime),
        Case("I'll ring you at four oclock sharp.", "oclock", .namedTime),
        Case("The courier will be with you by half past.", "half past", .namedTime),
        Case("I'll ring you at quarter past six to check the backup works.", "quarter past", .namedTime),
        Case("Your card machine will be back on at quarter to five.", "quarter to", .namedTime),
        // Short waits.
        Case("I'll call you back in 20 minutes with the engineer's slot.", "20 minutes", .shortWait),
        Case("Give me 5 mins to check the line and I'll come straight back.", "5 mins", .shortWait),
        Case("The reset takes 1 minute.", "1 minute", .shortWait),
        Case("I'll ring you back in twenty minutes.", "twenty minutes", .shortWait),
        Case("The backup router gets to you in thirty minutes.", "thirty minutes", .shortWait),
        Case("I'll call you back within the hour.", "within the hour", .shortWait),
        Case("Someone from my team will call you within an hour.", "within an hour", .shortWait),
        Case("I'll have an answer for you in an hour.", "in an hour", .shortWait),
        Case("Your refund shows on the account in half an hour.", "half an hour", .shortWait),
    ]

    @Test(arguments: times)
    func aReplyWithATimeNamesIt(_ time: Case) {
        let found = ConcreteTime.first(in: time.reply)
        #expect(found == ConcreteTime(form: time.form, phrase: time.phrase), "\(time.reply)")
        #expect(ConcreteTime.isNamed(in: time.reply))
    }

    /// Durations, dates, parts of the day, amounts and "soon" are not times: what the scenarios call an empty promise.
    static let notTimes = [
        "Someone will call you back within 24 hours.",
        "You'll hear from us in 48 hours.",
        "The engineer will be with you within 3 working days.",
        "It's fixed by 3 working days at the latest.",
        "The refund takes 3 business days.",
        "The credit will show in 3 days.",
        "The credit arrives by 1.5 days at most.",
        "The replacement card will be with you by the 3rd.",
        "You'll have it by 3rd of next month.",
        "I'll get it done by 13.",
        "Your contract renews by 24 hours' notice.",
        "We've taken it down by 3 pounds and it's at 5% now.",
        "The new price is at 5 per cent of the old one.",
        "The plan goes up by 3 euros around 2 weeks from now.",
        "That's been refunded at 2 times the fee.",
        "The fee went up by 3,000 last year.",
        "I'll call you back this afternoon.",
        "An engineer will come in the afternoon.",
        "Good afternoon, thanks for waiting.",
        "I'll get back to you as soon as possible.",
        "We'll sort it as soon as we can.",
        "You'll have it soon.",
        "I'll ring you back tomorrow, by end of day.",
        "I'll call you back later today.",
        "I'll have it done by four.",
        "Your reference is 1:100 on the letter.",
        "The rate is 1.5 per cent.",
        "Our head office is open 9 till 5.",
        "I've noted that the router lights are red.",
        "Thanks for holding, Mr Noonan.",
        "",
    ]

    @Test(arguments: notTimes)
    func aReplyWithoutATimeNamesNone(_ reply: String) {
        #expect(ConcreteTime.first(in: reply) == nil, "\(reply)")
        #expect(!ConcreteTime.isNamed(in: reply))
    }

    @Test func theFirstTimeInTheReplyIsTheOneFound() {
        let reply = "The engineer comes at 8am tomorrow, and I'll ring you in 20 minutes to confirm."
        #expect(ConcreteTime.first(in: reply) == ConcreteTime(form: .clockTime, phrase: "8am"))
        // An amount before a time does not hide the time.
        #expect(ConcreteTime.first(in: "It's 3 days late, so I'll call you by 3.")?.phrase == "by 3")
        #expect(ConcreteTime.first(in: "by 3 working days, or at 4 today if I can")?.phrase == "at 4")
    }

    /// The published word lists are the ones the reader uses.
    @Test func everyHourWordAndAmountWordCounts() {
        for word in ConcreteTime.hourWords {
            #expect(ConcreteTime.first(in: "I'll call you \(word) 3 today.")?.phrase == "\(word) 3", "\(word)")
            for amount in ConcreteTime.amountWords {
                let gap = amount.first?.isLetter == true && amount.count > 2 ? " " : ""
                #expect(!ConcreteTime.isNamed(in: "It's done \(word) 3\(gap)\(amount)."), "\(word) 3\(gap)\(amount)")
            }
        }
        #expect(!ConcreteTime.isNamed(in: "I'll call you until 3 today."))
    }

    @Test func oddTextNamesNoTimeAndDoesNotFail() {
        for text in ["by", "at ", "by 3.", "3", ":30", "p.m.", "o'", "quarter", "half an", "🙂 by 🙂 3 🙂", "\u{FFFD}1:0",
                     String(repeating: "by 3,000 days ", count: 400)] {
            #expect(ConcreteTime.first(in: text)?.phrase != "", "\(text)")
        }
        #expect(ConcreteTime.isNamed(in: "by 3."))
        #expect(!ConcreteTime.isNamed(in: String(repeating: "by 3,000 days ", count: 400)))
        #expect(ConcreteTime.isNamed(in: String(repeating: "🙂", count: 1_000) + " at 4"))
    }
}
