extension Contractions {
    /// Words after a bare "its" that make it "it's": "its ok", "its not your fault", "its a lot".
    static let afterIts: Set<String> = [
        "not", "ok", "okay", "fine", "so", "just", "all", "really", "never", "too", "alright", "always", "the", "a", "an",
        "gonna", "going", "been", "because", "still", "getting", "like", "only", "about", "kind", "pretty", "very",
        "hard", "normal", "understandable", "totally", "completely", "no", "what", "your", "my", "true", "over",
        // "I know its frustrating", "its rubbish": a judgement of the situation follows "it's", never "its".
        "frustrating", "annoying", "difficult", "stressful", "awful", "terrible", "horrible", "rubbish", "tough", "scary",
        "upsetting", "unacceptable", "ridiculous", "good", "great", "bad", "worth", "easy", "possible", "unfortunate",
        "fixed", "sorted", "done", "down", "working", "gone", "definitely", "probably", "actually", "quite",
    ]
    /// Words after "it's", "that's", "she's"… that make the "'s" a "has": "it's been", "that's got to".
    static let afterHas: Set<String> = ["been", "got", "gotten", "had"]
    /// Words after a bare "your" that make it "you're": "your not alone", "your welcome", "your a star".
    static let afterYour: Set<String> = [
        "not", "so", "welcome", "gonna", "going", "doing", "being", "getting", "a", "an", "the", "very", "really", "just",
        "still", "always", "never", "too", "strong", "worth", "allowed", "sure", "such",
    ]

    /// Verbs after a bare "ill" that make it "I'll": "ill fix it asap", "ill call you back" (not "I feel ill").
    static let afterIll: Set<String> = [
        "fix", "sort", "call", "ring", "send", "check", "look", "get", "have", "be", "make", "do", "try", "pass", "email",
        "refund", "chase", "escalate", "keep", "let", "update", "arrange", "book", "take", "see", "find", "stay", "text",
        "cancel", "process", "put", "raise", "log", "reset", "need", "just", "also", "definitely", "personally", "go",
    ]

    /// Words after a bare "id" that make it "I'd": "id be scared too", "id recommend" (not "your id number").
    static let afterId: Set<String> = [
        "be", "have", "say", "love", "like", "feel", "recommend", "suggest", "try", "probably", "definitely", "also",
        "just", "never", "rather", "hate", "want", "go", "call", "ring", "check", "do",
    ]

    /// Chat often drops the apostrophe of "it's" and "you're"; the next word tells them from the possessives
    /// ("its ok" but "its battery", "your not alone" but "your order"). Call with the next word before it is
    /// appended: when the last token (same sentence and clause) is such a bare "its" or "your", it becomes
    /// "it is" / "you are" / "I will" ("it has" before "been", "got"…); an "is" read from "'s" before those becomes "has".
    static func restoreApostrophe(before next: String, in tokens: inout [Token], sentence: Int, clause: Int) {
        guard let last = tokens.last, last.sentence == sentence, last.clause == clause else { return }
        // "It's been a long week", "that's got to hurt": before these the "'s" stands for "has", not "is".
        if last.norm == "is", afterHas.contains(next), tokens.count >= 2, tokens[tokens.count - 2].start == last.start {
            tokens[tokens.count - 1].norm = "has"
            return
        }
        // "should of", "shouldn't of", "could of": chat spelling of "have" after a modal.
        if last.norm == "of", tokens.count >= 2 {
            let before = tokens[tokens.count - 2].norm == "not" && tokens.count >= 3 ? tokens[tokens.count - 3].norm : tokens[tokens.count - 2].norm
            if ["should", "could", "would", "must", "might", "may"].contains(before) { tokens[tokens.count - 1].norm = "have"; return }
        }
        let expansion: (String, String)
        if last.norm == "its", afterIts.contains(next) { expansion = ("it", "is") }
        else if last.norm == "your", afterYour.contains(next) { expansion = ("you", "are") }
        else if last.norm == "ill", afterIll.contains(next) { expansion = ("i", "will") }
        else if last.norm == "id", afterId.contains(next) { expansion = ("i", "would") }
        else { return }
        tokens[tokens.count - 1].norm = expansion.0
        var verb = last
        verb.norm = expansion.1 == "is" && afterHas.contains(next) ? "has" : expansion.1
        tokens.append(verb)
    }
}
