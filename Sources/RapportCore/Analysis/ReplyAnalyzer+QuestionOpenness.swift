extension ReplyAnalyzer {
    /// Question words that ask for one fact (a time, a place, a person, a choice among options): "When did it
    /// arrive?", "Where did you buy it?", "Who did you speak to?", "Which card did you use?". Counsellors' coding
    /// (MITI) counts these as closed questions: the answer is a short detail, not the customer's story.
    static let factOpeners: Set<String> = ["when", "where", "whereabouts", "who", "whom", "whose", "which"]

    /// Words after "how" that ask for an amount: "how many", "how long", "how often".
    static let amountWords: Set<String> = ["many", "much", "long", "often", "far", "old", "soon", "frequently", "late", "early"]

    /// Nouns after "what" that ask to name one thing: "what time", "what date", "what number". ("What kind of…"
    /// and "what sort of…" usually ask for examples, and stay open.)
    static let factNouns: Set<String> = ["time", "day", "date", "year", "month", "week", "number", "size", "colour", "color",
                                         "model", "brand", "name", "percentage", "device", "browser", "app", "version",
                                         "tariff", "package", "contract", "bundle", "card", "bank", "branch", "store", "address",
                                         "email", "postcode", "reference", "account", "phone", "operating"]

    /// Details kept on record, asked for with "what is your…": "What's the account number?", "What is your
    /// postcode?" (one fact, a closed question).
    static let recordNouns: Set<String> = ["number", "reference", "postcode", "zip", "address", "email", "e-mail", "name",
                                           "username", "code", "id", "date", "time", "balance", "amount", "total", "model"]

    /// Verbs that ask for the customer's own view: "Where do you think we go from here?" invites it.
    static let viewVerbs: Set<String> = ["think", "feel", "reckon", "see", "imagine", "suppose", "guess"]

    /// True when the question word at `k` asks for a single fact rather than inviting the customer to tell it
    /// their way: "which", "when", "where", "who", "how many/long/often…", "what time/date/number…", or any
    /// question that asks for a point on a scale ("On a scale of one to ten, how…"). "What happened?", "How did
    /// that feel?", "Why…?" and a question about what they think ("When do you think…?") stay open.
    func asksForAFact(_ tokens: [Token], at k: Int, in range: Range<Int>) -> Bool {
        let word = tokens[k].norm
        let next = k + 1 < range.upperBound ? tokens[k + 1].norm : ""
        // "Where do you think we should go from here?", "When do you feel ready?": their view, not a detail.
        let asksTheirView = (k + 1..<min(range.upperBound, k + 6)).contains { j in
            j > k + 1 && ReplyAnalyzer.viewVerbs.contains(tokens[j].norm) && ["you", "u"].contains(tokens[j - 1].norm)
        }
        if asksTheirView { return false }
        // A question word opening the sentence, closing it ("…to which card?") or inverted with its verb ("…, where
        // would you put it?") asks; one inside a statement opens a relative clause ("a plan where you…").
        // ("Who-who, boys?", "which-which position…": a repeated false start is still the opening.)
        let opensSentence = (range.lowerBound..<k).allSatisfy { ReplyAnalyzer.discourseMarkers.contains(tokens[$0].norm) || tokens[$0].norm == word }
        // Inverted: its verb comes before any subject ("where would you…", "which card did it…").
        var inverted = false
        for j in k + 1..<min(range.upperBound, k + 4) where tokens[j].norm != word {
            if ReplyAnalyzer.auxiliaries.contains(tokens[j].norm) { inverted = true; break }
            if ReplyAnalyzer.invertedSubjects.contains(tokens[j].norm) { break }
        }
        if ReplyAnalyzer.factOpeners.contains(word) && (opensSentence || inverted || k == range.upperBound - 1) { return true }
        if word == "how" && ReplyAnalyzer.amountWords.contains(next) { return true }
        if (word == "what" || word == "whats") && ReplyAnalyzer.factNouns.contains(next) { return true }
        // "What's the account number?", "What is your postcode?": asking for a detail on record.
        if word == "what" && ["is", "was", "are", "were"].contains(next) || word == "whats" {
            var j = word == "whats" ? k + 1 : k + 2
            while j < min(range.upperBound, k + 6) {
                if ReplyAnalyzer.recordNouns.contains(tokens[j].norm) { return range.upperBound - j <= 5 }
                j += 1
            }
        }
        return range.contains { $0 > range.lowerBound && tokens[$0].norm == "scale" && ["a", "the"].contains(tokens[$0 - 1].norm) }
    }

    /// Verbs that report what the customer filled in: "you wrote here…", "you ticked the box…".
    static let recordVerbs: Set<String> = ["wrote", "written", "checked", "ticked", "marked", "filled", "indicated", "listed", "entered", "selected", "put"]

    /// Words that point at a form or record rather than at what the customer just said.
    static let recordWords: Set<String> = ["here", "form", "box", "application", "questionnaire", "record", "records", "file", "survey"]

    /// True when a statement said as a question reads back what the customer put on a form or record ("You wrote
    /// here that the boiler is ten years old?", "You ticked the box for a callback?"): it asks them to confirm an
    /// entry, a closed question, rather than restating what they just told the agent.
    func confirmsARecord(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let reported = range.contains { k in
            k + 1 < range.upperBound && tokens[k].norm == "you" && ReplyAnalyzer.recordVerbs.contains(tokens[k + 1].norm)
        }
        return reported && range.contains { ReplyAnalyzer.recordWords.contains(tokens[$0].norm) }
    }

    /// True when a yes/no question leaves the answer open: it asks for "anything else" or "any other…" the customer
    /// wants to bring up ("Is there anything else on your mind?", "Any other worries?"), or trails off in "or…?"
    /// ("Did it cut out, or?"), handing the choice back to them.
    func invitesAnythingMore(_ tokens: [Token], in range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        if tokens[last].norm == "or" { return true }
        return range.contains { k in
            guard k + 1 < range.upperBound else { return false }
            let word = tokens[k].norm, next = tokens[k + 1].norm
            return (word == "anything" || word == "something") && (next == "else" || next == "more") || word == "any" && next == "other"
        }
    }
    /// The question word of a question asked through a polite frame — "can/could/may I (just) ask…", "can I know…",
    /// "can/could/would you tell/explain/describe me…" — or nil when the frame holds none.
    func embeddedQuestionWord(_ tokens: [Token], at k: Int, in range: Range<Int>) -> Int? {
        guard k + 3 < range.upperBound else { return nil }
        let word = tokens[k].norm, next = tokens[k + 1].norm
        // "Could I just ask…", "can I quickly ask…": a softener before the verb keeps the frame.
        let verb = ["just", "quickly", "briefly", "also"].contains(tokens[k + 2].norm) ? k + 3 : k + 2
        let after = tokens[verb].norm
        var inner: Int?
        if verb + 1 < range.upperBound, ["can", "could", "may", "might"].contains(word) && ["i", "we"].contains(next) && ["ask", "know"].contains(after) {
            inner = verb + 1
        } else if ["can", "could", "would", "will"].contains(word) && next == "you" &&
                    ["tell", "explain", "describe", "share", "say"].contains(after) && ["me", "us"].contains(tokens[k + 3].norm) {
            inner = k + 4
        }
        guard let inner, inner < range.upperBound, ReplyAnalyzer.openers.contains(tokens[inner].norm) else { return nil }
        return inner
    }
}
