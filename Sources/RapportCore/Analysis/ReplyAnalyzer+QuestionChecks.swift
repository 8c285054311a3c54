extension ReplyAnalyzer {
    /// One-word backchannels that keep the other person talking ("Yeah?", "Mm?", "All right?"): minimal
    /// encouragers, not questions. Surprise ("Really?", "Oh, yeah?") asks for more and stays a question.
    static let encouragers: Set<String> = [
        "yeah", "yes", "yep", "yup", "okay", "ok", "mm", "mmm", "hmm", "huh", "uh", "mhm", "right", "aha", "ah",
        "all", "alright", "so",
    ]

    /// Words that take leave: "Bye?", "Goodnight?".
    static let farewells: Set<String> = ["bye", "goodbye", "byebye", "goodnight", "cheers"]
    /// Words that may come with a farewell: "Good bye?", "Bye for now?", "Ok bye then?".
    static let farewellCompanions: Set<String> = ["good", "then", "for", "now", "ok", "okay", "so"]

    /// Words that ask the other person to say it again: "Sorry?", "Pardon?", "Excuse me?", "Come again?".
    static let repairWords: Set<String> = ["sorry", "pardon", "excuse", "come"]

    /// Verbs that report what someone said or thought; a question after one and a break is reported speech.
    static let reportingVerbs: Set<String> = ["said", "says", "asked", "thought", "told", "goes", "went", "yelled", "shouted", "screamed", "replied", "texted", "wrote"]

    /// Why a sentence that ends in "?" asks nothing, or nil when it is a real question:
    /// - reported speech: the question sits inside quotation marks ("…you think, 'What if it fails?'") or follows a
    ///   reporting verb and a break ("Then he said, why bother?");
    /// - a minimal encourager ("Yeah?", "Mm?"), or a request to say it again ("Sorry?", "Pardon?");
    /// - a proposal closed by "shall we?" ("Let's check the meter shall we?");
    /// - a comprehension check ("Is that right?", "Does that make sense?") after a statement of the same reply
    ///   (or a restatement said as a question, `afterReflection`), which confirms it instead of asking anew;
    /// - a rhetorical turn closing the sentence ("You know what?", "It's a lot, you know?");
    /// - a question the speaker answers at once ("Is it your fault? No."), see ``answeredAtOnce``.
    func notAsking(_ document: TextDocument, sentence index: Int, findings: Findings, quotes: inout QuoteTracker,
                   afterReflection: Bool = false) -> String? {
        let sentence = document.sentences[index]
        let tokens = document.tokens
        let range = sentence.firstToken..<sentence.endToken
        if quotes.isQuoted(sentence, document: document) { return "quoted" }
        // "Then he said, why bother?", "I asked myself: what's the point?": a question reported, not asked.
        if range.count > 2, (range.lowerBound..<range.upperBound - 1).contains(where: { k in
            // Not "that said, …" or "with that being said, …", which only link to what came before.
            ReplyAnalyzer.reportingVerbs.contains(tokens[k].norm) && !(k > range.lowerBound && ["that", "being", "having", "been", "is", "was"].contains(tokens[k - 1].norm)) &&
                (tokens[k + 1].clause != tokens[k].clause ||
                k + 2 < range.upperBound && ["myself", "me", "him", "her", "them"].contains(tokens[k + 1].norm) && tokens[k + 2].clause != tokens[k + 1].clause)
        }) { return "reported" }
        if range.count <= 3, range.allSatisfy({ ReplyAnalyzer.encouragers.contains(tokens[$0].norm) }) { return "encourager" }
        // "Good bye?", "Bye for now?": a farewell said with a rising tone takes leave; it asks nothing.
        if range.count <= 3, range.contains(where: { ReplyAnalyzer.farewells.contains(tokens[$0].norm) }),
           range.allSatisfy({ ReplyAnalyzer.farewells.contains(tokens[$0].norm) || ReplyAnalyzer.farewellCompanions.contains(tokens[$0].norm) }) {
            return "farewell"
        }
        // "Sorry?", "Pardon?", "Excuse me?": asking them to say it again, not a question about their case.
        if range.count <= 3, range.contains(where: { ReplyAnalyzer.repairWords.contains(tokens[$0].norm) }),
           range.allSatisfy({ ReplyAnalyzer.repairWords.contains(tokens[$0].norm) || ["me", "oh", "um", "uh", "again", "what"].contains(tokens[$0].norm) }) {
            return "repair"
        }
        // "Let's look at the bill shall we?": a proposal with a tag, with or without its comma.
        if let first = range.first(where: { !ReplyAnalyzer.discourseMarkers.contains(tokens[$0].norm) }), range.upperBound - first > 3,
           tokens[first].norm == "let", tokens[first + 1].norm == "us",
           tokens[range.upperBound - 2].norm == "shall", tokens[range.upperBound - 1].norm == "we" { return "rhetorical" }
        if answeredAtOnce(document, sentence: index) { return "answered" }
        guard let tag = checkTag(document, findings, range) else { return nil }
        // "You know what?", "…, you know?": rhetorical, wherever it stands.
        if tag.rhetorical { return "rhetorical" }
        // "How does that sound?", even alone, asks for agreement with what was just proposed; it explores nothing.
        if tag.start == range.lowerBound, let first = range.first(where: { !ReplyAnalyzer.discourseMarkers.contains(tokens[$0].norm) }),
           tokens[first].norm == "how" { return "agreement" }
        guard index > 0, tag.start == range.lowerBound else { return nil }
        // Only after a statement: alone or after another question, "Is that right?" still asks.
        let previous = document.sentences[index - 1]
        return (!previous.isQuestion || afterReflection) && previous.tokenCount >= 3 ? "check" : nil
    }

    /// Where a comprehension check closing the sentence starts ("…, is that right?"), if there is one: it must
    /// start a clause (after discourse markers) and run to the end of the sentence.
    func checkStart(_ document: TextDocument, _ findings: Findings, _ range: Range<Int>) -> Int? {
        checkTag(document, findings, range)?.start
    }

    /// The comprehension check or rhetorical turn closing the sentence, if any (see ``checkStart``).
    func checkTag(_ document: TextDocument, _ findings: Findings, _ range: Range<Int>) -> (start: Int, rhetorical: Bool)? {
        let tokens = document.tokens
        // "Is that right, Mrs Patel?": a name closing the sentence is address, not part of what is asked.
        let end = ReplyAnalyzer.vocativeStart(tokens, range)
        for span in findings.checkQuestions where (span.end == range.upperBound || span.end == end) && span.first >= range.lowerBound {
            var k = span.first
            while k > range.lowerBound, tokens[k - 1].clause == tokens[k].clause, ReplyAnalyzer.discourseMarkers.contains(tokens[k - 1].norm) { k -= 1 }
            // "…getting over it is that correct?": a check of three words or more needs no comma.
            let unmarkedCheck = !span.rhetorical && span.end - k >= 3 && k - range.lowerBound >= 3 && ReplyAnalyzer.auxiliaries.contains(tokens[k].norm)
            if k == range.lowerBound || tokens[k - 1].clause != tokens[k].clause || unmarkedCheck { return (k, span.rhetorical) }
        }
        return nil
    }

    /// True when a reflection frame ("it sounds like", "you feel like") or a named feeling ("you're glad")
    /// lies in `range`.
    func hasReflectionFrame(_ findings: Findings, in range: Range<Int>) -> Bool {
        findings.reflectionFrames.contains { $0.first >= range.lowerBound && $0.first < range.upperBound } ||
            findings.evidence.covers([.reflectFeeling], in: range)
    }

    /// True when the sentence opens (after discourse markers) with a reflection frame: "So what I'm hearing is
    /// you've had enough?", "Are you saying the box was empty?" restate; they do not ask.
    func opensWithReflectionFrame(_ document: TextDocument, _ findings: Findings, _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound, ReplyAnalyzer.discourseMarkers.contains(document.tokens[k].norm), document.tokens[k].norm != "you" { k += 1 }
        // Frames that open a statement ("you feel…", "it sounds…") leave a later question clause asking.
        guard k < range.upperBound, !["you", "part", "it", "that", "this"].contains(document.tokens[k].norm) else { return false }
        return findings.reflectionFrames.contains { $0.first <= k && k < $0.end && $0.first >= range.lowerBound }
    }
}

/// Tracks whether the question marks of a reply fall inside double quotation marks, in one pass over the text.
struct QuoteTracker {
    private var position = 0
    private var open = false
    private let hasQuotes: Bool

    /// Creates a tracker for `document`; a text without double quotes costs one scan.
    init(_ document: TextDocument) {
        hasQuotes = document.scalars.contains { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }
    }

    /// True when the sentence's question mark lies inside quotation marks. Sentences must be asked in order.
    mutating func isQuoted(_ sentence: Sentence, document: TextDocument) -> Bool {
        guard hasQuotes, sentence.endToken > sentence.firstToken else { return false }
        let scalars = document.scalars
        var mark = document.tokens[sentence.endToken - 1].end
        while mark < sentence.end, mark < scalars.count, scalars[mark] != "?" { mark += 1 }
        guard mark >= position else { return open }
        while position < mark, position < scalars.count {
            switch scalars[position] {
            case "\"": open.toggle()
            case "\u{201C}": open = true
            case "\u{201D}": open = false
            default: break
            }
            position += 1
        }
        return open
    }
}

extension ReplyAnalyzer {
    /// Subjects that follow an auxiliary in a yes/no question ("are you…", "is there…", "did it…").
    static let invertedSubjects: Set<String> = ["you", "there", "that", "it", "he", "she", "they", "we", "i", "this", "anyone", "anything"]

    /// Joining words after which a new question may start inside a sentence ("…and is there anything else?").
    static let questionJoiners: Set<String> = ["and", "but", "so", "or", "then"]

    /// The form of a question that starts inside a sentence whose opening is a statement: "That's great, and is
    /// there anything else?", "So you've been-- how long has it been?". An auxiliary followed by its subject, or a
    /// question word followed by that, at a clause start or after "and"/"but"/"so" asks a real question, unless it
    /// is a comprehension check closing the sentence ("…, is that right?").
    func innerQuestionForm(_ document: TextDocument, _ range: Range<Int>, findings: Findings) -> QuestionForm? {
        let tokens = document.tokens
        guard range.count >= 3 else { return nil }
        for j in range.lowerBound + 1..<range.upperBound - 1 {
            let previous = tokens[j - 1]
            guard previous.clause != tokens[j].clause || ReplyAnalyzer.questionJoiners.contains(previous.norm) else { continue }
            var k = j
            let open = ReplyAnalyzer.openers.contains(tokens[k].norm)
            if open { k += 1; if k < range.upperBound - 1, !ReplyAnalyzer.auxiliaries.contains(tokens[k].norm) { k += 1 } }
            guard k + 1 < range.upperBound, ReplyAnalyzer.auxiliaries.contains(tokens[k].norm), !["any", "anything", "anyone", "anybody"].contains(tokens[k].norm),
                  ReplyAnalyzer.invertedSubjects.contains(tokens[k + 1].norm), tokens[k].start != tokens[k + 1].start else { continue }
            if let check = checkStart(document, findings, range), check <= j { continue }
            return open && !asksForAFact(tokens, at: j, in: range) ? .open : .closed
        }
        return nil
    }
}

extension ReplyAnalyzer {
    /// Words that make a sentence a clause with its own subject or verb.
    static let clauseWords: Set<String> = [
        "you", "i", "he", "she", "it", "they", "we", "there", "is", "are", "was", "were", "am", "has", "have", "had",
        "do", "does", "did", "will", "would", "can", "could", "should", "feel", "feels", "felt", "sounds", "seems",
    ]

    /// True for a fragment without subject or verb ("Your old flat?", "Every other day?"): echoed with a question
    /// mark it asks to confirm a detail, where an echoed clause ("you moved last month?") restates.
    func isFragment(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        !range.contains {
            let word = tokens[$0].norm
            return ReplyAnalyzer.clauseWords.contains(word) || ReplyAnalyzer.pastVerbs.contains(word) || word.hasSuffix("ed") && word.utf8.count > 4
        }
    }

    /// Common irregular past forms: a sentence with one has a verb ("the parcel went to your old flat?").
    static let pastVerbs: Set<String> = [
        "went", "came", "got", "said", "told", "sent", "took", "made", "left", "lost", "gave", "saw", "found", "paid",
        "bought", "broke", "fell", "kept", "knew", "thought", "felt", "heard", "held", "met", "ran", "wrote", "spent",
    ]

    /// True when a piece of advice (a `suggestion` match) starts the sentence in `range`, after any discourse
    /// markers: "Maybe try the app?", "So just ring them tomorrow?".
    func opensWithAdvice(_ document: TextDocument, _ findings: Findings, _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound, ReplyAnalyzer.discourseMarkers.contains(document.tokens[k].norm), document.tokens[k].norm != "you" { k += 1 }
        return findings.evidence[.suggestion].contains { $0.first >= range.lowerBound && $0.first <= k }
    }
}

extension ReplyAnalyzer {
    /// Where a name said to the customer closes the sentence in its own clause ("…, Barbara", "…, Mr Ahmed"), or
    /// `range.upperBound` when there is none.
    static func vocativeStart(_ tokens: [Token], _ range: Range<Int>) -> Int {
        var k = range.upperBound
        while k > range.lowerBound, range.upperBound - k < 3, tokens[k - 1].clause == tokens[range.upperBound - 1].clause,
              tokens[k - 1].isCapitalized && !tokens[k - 1].isAllCaps && tokens[k - 1].norm != "i" && tokens[k - 1].id < 0 ||
                titles.contains(tokens[k - 1].norm) {
            k -= 1
        }
        guard k < range.upperBound, k > range.lowerBound, tokens[k - 1].clause != tokens[k].clause else { return range.upperBound }
        return k
    }
}
