/// Finds a reply that calls the customer by a name that is not theirs ("Thank you, Margaret" to Joan): a slip of
/// attention a customer notices at once, and one of the first signs of the trouble concentrating that comes with
/// compassion fatigue.
///
/// Only a name used to address the customer counts: straight after a greeting or thanks ("Hi Margaret", "Thanks,
/// Margaret") or closing a sentence after a comma ("I'll sort it now, Margaret."). Names of other people ("Margaret in
/// billing will call"), the agent's own ("Hi, Sam here", "I'm Sam"), titles alone ("Thank you, sir"), days and months
/// are not.
public enum NameSlip {
    /// Words after which a capitalised word addresses the customer: "Hi Margaret", "thank you, Margaret".
    /// ("Okay, Visa declined it", "Right, Google…": words like "okay" or "sorry" open too much else to count.)
    static let openers: Set<String> = ["hi", "hello", "hey", "hiya", "thanks", "cheers", "morning", "afternoon", "evening",
                                       "dear", "welcome", "bye", "goodbye", "night"]
    /// Capitalised words that address someone without naming them, or are not names at all.
    static let notNames: Set<String> = [
        "sir", "madam", "maam", "mate", "love", "dear", "everyone", "all", "team", "again", "so", "much", "very", "for", "both",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter",
        "i", "im", "ill", "ive", "id", "it", "its", "that", "this", "there", "we", "you", "your", "the", "a", "and", "but",
        "please", "now", "today", "tomorrow", "yes", "no", "okay", "ok", "thanks", "thank", "sorry", "bye", "too",
        "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "professor", "god", "gosh", "lord", "jesus", "wow", "oh",
    ]
    /// Titles before a surname: "Thank you, Mrs Patel" is checked on "Patel".
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "professor", "sir", "madam"]
    /// Words after a name that make it the speaker introducing themselves: "Hi, Sam here", "Hello, Sam speaking".
    static let selfIntroduction: Set<String> = ["here", "speaking", "from", "at", "with", "in", "on"]

    /// The name in `reply` that addresses the customer but is none of the words of `customer` (their name, e.g.
    /// "Joan") nor a capitalised word of `heard` (what the customer has said so far, where "Richard Hale, Platinum"
    /// gives the surname), or nil. Nil when the reply addresses no one by name, or uses a right one.
    public static func wrongName(in reply: String, customer: String, heard: String = "") -> String? {
        wrongName(in: reply, customer: customer, known: names(in: heard))
    }

    /// The capitalised words of `text`, lowercased: the names it could give the customer. Read a long text once and
    /// pass the set to ``wrongName(in:customer:known:)`` rather than reading it for every reply.
    public static func names(in text: String) -> Set<String> {
        Set(words(text).filter { $0.text.first?.isUppercase == true }.map { $0.text.lowercased() })
    }

    /// ``wrongName(in:customer:heard:)`` with the names already heard given as a set (see ``names(in:)``).
    public static func wrongName(in reply: String, customer: String, known: Set<String>) -> String? {
        let own = Set(words(customer).map { $0.text.lowercased() })
        guard !own.isEmpty else { return nil }
        let w = words(reply)
        let introduced = introducedNames(w)
        for (k, word) in w.enumerated() where isCandidate(word) {
            let lower = word.text.lowercased()
            if own.contains(lower) || known.contains(lower) || introduced.contains(lower) { continue }
            // "Thank you, Mrs Patel": the title addresses, the surname is checked.
            let first = k > 0 && titles.contains(w[k - 1].text.lowercased()) && !w[k - 1].sentenceEnd ? k - 1 : k
            let next = k + 1 < w.count ? w[k + 1] : nil
            // "Hi, Sam here", "Hello, Sam from billing": the agent introducing themselves.
            if let next, !word.sentenceEnd, !word.commaAfter, selfIntroduction.contains(next.text.lowercased()) { continue }
            var afterGreeting = false
            if first > 0, !w[first - 1].sentenceEnd {
                let before = w[first - 1].text.lowercased()
                afterGreeting = openers.contains(before) || before == "you" && first >= 2 && w[first - 2].text.lowercased() == "thank"
            }
            // "…, Margaret." or "…, Margaret?": closing its sentence after a comma.
            let closing = w[first].afterComma && (word.sentenceEnd || next == nil)
            if afterGreeting || closing { return word.text }
        }
        return nil
    }

    /// A word of the reply, with what punctuation touches it.
    struct Word {
        var text: String
        /// A comma (or dash) came just before it.
        var afterComma: Bool
        /// A comma came just after it.
        var commaAfter: Bool
        /// A sentence end (. ! ?) came just after it.
        var sentenceEnd: Bool
    }

    /// The words of `text` (letters and apostrophes; apostrophes dropped), with the punctuation around each.
    static func words(_ text: String) -> [Word] {
        var out: [Word] = []
        var current = ""
        var comma = false
        func flush() {
            guard !current.isEmpty else { return }
            out.append(Word(text: current, afterComma: comma, commaAfter: false, sentenceEnd: false))
            current = ""
            comma = false
        }
        for character in text {
            if character.isLetter {
                current.append(character)
            } else if character == "'" || character == "\u{2019}" {
                continue
            } else {
                flush()
                if character == "," || character == "\u{2014}" || character == "-" {
                    if let last = out.indices.last { out[last].commaAfter = true }
                    comma = true
                } else if ".!?\n".contains(character) {
                    if let last = out.indices.last { out[last].sentenceEnd = true }
                    comma = false
                } else if !character.isWhitespace {
                    comma = false
                }
            }
        }
        flush()
        return out
    }

    /// A capitalised word of two or more letters, not in capitals throughout, that could be a name.
    static func isCandidate(_ word: Word) -> Bool {
        guard let first = word.text.first, first.isUppercase, word.text.count >= 2 else { return false }
        if word.text.allSatisfy(\.isUppercase) { return false }
        return !notNames.contains(word.text.lowercased())
    }

    /// Names the agent gives for themselves: "I'm Sam", "my name is Sam", "this is Sam", "Sam here".
    static func introducedNames(_ w: [Word]) -> Set<String> {
        var names: Set<String> = []
        for k in w.indices where isCandidate(w[k]) {
            let one = k >= 1 ? w[k - 1].text.lowercased() : ""
            let two = k >= 2 ? w[k - 2].text.lowercased() : ""
            if one == "im" || one == "is" && ["name", "this"].contains(two) || one == "am" && two == "i" { names.insert(w[k].text.lowercased()) }
        }
        return names
    }
}
