extension ReplyAnalyzer {
    /// Fewest all-capital words in a row that count as shouting.
    static let shoutingRun = 3

    /// Rules on the surface of the words: shouting (runs of capitals), profanity (the `profane` class) and
    /// unexplained acronyms (capitals not in the `acronym_ok` class, nor used by the customer themselves) as jargon.
    func detectSurface(_ document: TextDocument, said: Set<UInt64>, into findings: inout Findings) {
        let tokens = document.tokens
        let profane = lexicon.classBit("profane")
        let acronymOK = lexicon.classBit("acronym_ok")
        let you = lexicon.classBit("you")
        let insult = lexicon.classBit("insult")
        // Shouting: three or more all-capital words in a row; one-letter words ("I", "A") neither count nor break a run.
        var runStart = -1, runWords = 0, lastStart = -1
        func closeRun(_ end: Int) {
            if runWords >= ReplyAnalyzer.shoutingRun { findings.evidence.add(.shouting, first: runStart, end: end) }
            runStart = -1; runWords = 0
        }
        for k in tokens.indices {
            let token = tokens[k]
            if token.start == lastStart { continue }  // second half of a contraction
            lastStart = token.start
            if token.isAllCaps {
                if runStart < 0 { runStart = k }
                runWords += 1
            } else if token.end - token.start == 1 && token.isCapitalized {
                continue
            } else {
                closeRun(k)
            }
        }
        closeRun(tokens.count)

        for k in tokens.indices {
            let token = tokens[k]
            // "Screw you", "sod this": rude only with an object ("tighten the screw" is hardware).
            let rudeVerb = ReplyAnalyzer.rudeVerbs.contains(token.norm) && k + 1 < tokens.count &&
                (tokens[k + 1].classes & you != 0 || ReplyAnalyzer.rudeObjects.contains(tokens[k + 1].norm))
            if token.classes & profane != 0 || rudeVerb {
                findings.evidence.add(.profanity, first: k, end: k + 1)
                if findings.directedProfanity == nil, let start = addressedSwearStart(tokens, at: k) {
                    findings.directedProfanity = (start, max(k + 1, start + 1))
                }
            } else if token.classes & insult != 0, let start = addressedSwearStart(tokens, at: k), start < k {
                // "You're an idiot", "you are useless": an insult aimed at the customer, sworn or not. ("That's a
                // stupid fee" and "don't feel stupid" aim at nobody and are left alone.)
                findings.evidence.add(.profanity, first: start, end: k + 1)
                if findings.directedProfanity == nil { findings.directedProfanity = (start, k + 1) }
            }
            let isolated = (k == 0 || !tokens[k - 1].isAllCaps || tokens[k - 1].start == token.start) &&
                (k + 1 == tokens.count || !tokens[k + 1].isAllCaps || tokens[k + 1].start == token.start)
            if token.isAllCaps, isolated, token.id < 0, token.classes & (acronymOK | lexicon.classBit("stopword")) == 0,
               (2...6).contains(token.norm.utf8.count), isAcronym(token.norm), !said.contains(Stemmer.key(token.norm)) {
                findings.evidence.add(.jargon, first: k, end: k + 1)
            }
        }
    }

    /// Words that may stand between "you" and a swear word aimed at the customer: "you're a damn…",
    /// "you're full of…", "you stupid…".
    static let insultBridge: Set<String> = [
        "are", "a", "an", "such", "so", "being", "fucking", "damn", "bloody", "stupid", "little", "absolute", "complete",
        "total", "full", "of", "the", "dumb", "lazy", "useless", "utter",
    ]

    /// Verbs that are rude with an object ("screw you", "sod this") and harmless without one.
    static let rudeVerbs: Set<String> = ["screw", "sod"]
    /// The objects that make them rude.
    static let rudeObjects: Set<String> = ["this", "that", "them", "it", "off"]

    /// Words that may come before a clause-opening "… you" insult: "and screw you", "well fuck you".
    static let insultOpeners: Set<String> = ["and", "so", "well", "oh", "just", "then", "go", "now", "seriously", "honestly", "but"]

    /// Where a swear word at `k` is aimed at the customer: "… you" right after it ("screw you"), or "you" /
    /// "your" before it with only insult words between ("you're a damn idiot", "your bullshit"). Returns the
    /// first token of the insult, or nil for swearing about something else ("those assholes told you").
    func addressedSwearStart(_ tokens: [Token], at k: Int) -> Int? {
        let you = lexicon.classBit("you")
        // "Screw you", "well, fuck you": the swear word opens its clause. Not "it will mess you up", "that stuff
        // can wreck you": a verb about what something does to them.
        let opensClause = k == 0 || tokens[k - 1].clause != tokens[k].clause || ReplyAnalyzer.insultOpeners.contains(tokens[k - 1].norm)
        if k + 1 < tokens.count, tokens[k + 1].sentence == tokens[k].sentence, tokens[k + 1].classes & you != 0,
           tokens[k + 1].norm != "your", opensClause, !(k + 2 < tokens.count && tokens[k + 2].norm == "up") { return k }
        var j = k - 1
        while j >= max(0, k - 5), tokens[j].sentence == tokens[k].sentence {
            if tokens[j].classes & you != 0 { return j }
            guard ReplyAnalyzer.insultBridge.contains(tokens[j].norm) else { return nil }
            j -= 1
        }
        return nil
    }

    /// True for a word that reads as an unexplained acronym: three or four letters with at most one digit
    /// ("SLA", "2FA", "ONT"). Not two letters (initials, states, "TV"), not a time or a model name ("4PM",
    /// "P90X"), not a longer word in capitals ("KINDA", "DOCTOR"), not a placeholder like `#NAME#`. Jargon the
    /// lexicon lists ("IMEI", "ICCID") is found whatever its length.
    func isAcronym(_ word: String) -> Bool {
        var letters = 0, digits = 0
        for byte in word.utf8 {
            switch byte {
            case 97...122: letters += 1
            case 48...57: digits += 1
            default: return false
            }
        }
        return (3...4).contains(letters) && digits <= 1
    }
}
