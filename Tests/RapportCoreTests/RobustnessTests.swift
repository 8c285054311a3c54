import Testing
@testable import RapportCore

@Test func emptyAndBlankTextGetAnAnalysis() {
    for text in ["", "   ", "\n\n", "?!?", "..."] {
        let result = analyze(text)
        #expect(result.techniques.isEmpty)
        #expect((0...100).contains(result.empathy))
    }
}

@Test func evidenceOffsetsAreUnicodeScalarOffsets() {
    let text = "👋🏽 Hi! I’m so sorry — that sounds exhausting 😞"
    let result = analyze(text)
    let scalars = Array(text.unicodeScalars)
    #expect(!result.evidence.isEmpty)
    for item in result.evidence {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[item.start..<item.end])
        #expect(String(view) == item.text)
    }
    #expect(result.has(.apology))
}

@Test func curlyQuotesAndMissingApostrophesReadLikeContractions() {
    #expect(analyze("Don’t worry, we’ll sort it.").has(.reassurance))
    #expect(analyze("dont worry, well sort it").has(.reassurance))
    #expect(!analyze("I’m not sorry.").has(.apology))
}

@Test func allCapitalsAreReadAndFlagged() {
    let result = analyze("I AM SO SORRY THAT HAPPENED TO YOU")
    #expect(result.has(.apology))
    #expect(result.has(.shouting))
}

@Test func invalidUTF8DecodesWithReplacement() {
    let bytes: [UInt8] = [0x49, 0x27, 0x6D, 0x20, 0x73, 0x6F, 0x72, 0x72, 0x79, 0xFF, 0xFE, 0x21]
    let text = String(decoding: bytes, as: UTF8.self)
    let result = analyze(text)
    #expect(result.has(.apology))
}

@Test func aMegabyteReplyIsAnalysed() {
    let sentence = "I understand how frustrating this is, and I'll call you back by noon tomorrow. "
    let text = String(repeating: sentence, count: 1_000_000 / sentence.utf8.count + 1)
    let result = analyze(text, customer: text)
    #expect(result.has(.nextStep))
    #expect((0...100).contains(result.empathy))
}

@Test func theAnalyzerIsSafeToShareAcrossTasks() async {
    let texts = ["I'm so sorry.", "Calm down.", "What happened?", "Thanks, I'll fix it today."]
    let expected = texts.map { analyze($0) }
    await withTaskGroup(of: (Int, ReplyAnalysis).self) { group in
        for round in 0..<40 {
            let index = round % texts.count
            group.addTask { (index, analyzer.analyze(texts[index], context: AnalysisContext())) }
        }
        for await (index, result) in group { #expect(result == expected[index]) }
    }
}

@Test func tokenizerSplitsSentencesAndExpandsContractions() {
    let output = Tokenizer.tokenize("Mr. Lee can't log in. Is it fixed?")
    #expect(output.sentences.count == 2)
    #expect(output.sentences[1].isQuestion)
    #expect(output.tokens.map(\.norm).contains("not"))
    let cant = output.tokens.filter { $0.norm == "can" || $0.norm == "not" }
    #expect(cant.count == 2 && cant[0].start == cant[1].start)
}

@Test func negationScopeCoversTheClause() {
    let document = TextDocument("I don't think that's unfair, but it is annoying.", lexicon: Lexicon.shared)
    let unfair = document.tokens.firstIndex { $0.norm == "unfair" }!
    let annoying = document.tokens.firstIndex { $0.norm == "annoying" }!
    #expect(document.tokens[unfair].negatedBy >= 0)
    #expect(document.tokens[annoying].negatedBy < 0)
}

@Test func stemKeysAgreeWithStems() {
    func fnv(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in s.utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        return h
    }
    for word in ["charged", "charges", "charging", "deliveries", "boxes", "bus", "glass", "quickly", "refund", "late", "ok", "über"] {
        #expect(Stemmer.key(word) == fnv(Stemmer.stem(word)), "\(word)")
    }
    #expect(Stemmer.stem("charged") == Stemmer.stem("charging"))
}

@Test func nestedParenthesesInAPatternAreReportedNotMisread() {
    let lexicon = Lexicon(classes: "[you]\nyou\n", files: [("paraphrase", "is that a fair (summary|way (to|of) putting it)\n")])
    #expect(lexicon.problems.contains { $0.contains("nested parentheses") })
    let analysis = ReplyAnalyzer(lexicon: lexicon).analyze("Is that the one you meant?", context: AnalysisContext())
    #expect(!analysis.has(.paraphrase))
}

@Test func aWordOnManyLinesIsCompiledAlikeAndEachLinesProblemIsReported() {
    // Words are compiled once and reused; a problem must still be reported for every line that has it.
    let lexicon = Lexicon(classes: "[you]\nyou\n", files: [
        ("apology", "i'm sorry @nope\ni'm (so|really) sorry\n"),
        ("gratitude", "thanks for @nope\nthanks for (waiting|your patience)\n"),
    ])
    #expect(lexicon.problems.filter { $0.contains("unknown class @nope") }.count == 2)
    let analyzer = ReplyAnalyzer(lexicon: lexicon)
    #expect(analyzer.analyze("I'm really sorry.", context: AnalysisContext()).has(.apology))
    #expect(analyzer.analyze("Thanks for your patience.", context: AnalysisContext()).has(.gratitude))
    #expect(!analyzer.analyze("Thanks for nothing.", context: AnalysisContext()).has(.gratitude))
}

@Test func aDroppedApostropheIsRestoredOnlyWhereTheNextWordShowsIt() {
    #expect(analyze("its ok to be annoyed about that").has(.validate))
    #expect(analyze("your not alone in this").has(.reassurance))
    #expect(!analyze("Your order is on its way.").has(.reassurance))
    let words = Tokenizer.tokenize("its battery and your order").tokens.map(\.norm)
    #expect(words == ["its", "battery", "and", "your", "order"])
    #expect(Tokenizer.tokenize("its not your fault").tokens.map(\.norm) == ["it", "is", "not", "your", "fault"])
}

@Test func aMisspeltNameSuggestsTheNearestKnownOne() {
    let techniques = Technique.allCases.map(\.rawValue)
    #expect(NameSuggestion.nearest(to: "reflect feeling", in: techniques) == "reflect_feeling")
    #expect(NameSuggestion.nearest(to: "Open_Questions", in: techniques) == "open_question")
    #expect(NameSuggestion.nearest(to: "empathy", in: techniques) == nil)
    #expect(Technique.didYouMean("sugestion") == "; did you mean 'suggestion'?")
    #expect(Technique.didYouMean("") == "")
    #expect(NameSuggestion.distance("", "abc") == 3)
    #expect(NameSuggestion.distance("kitten", "sitting") == 3)
}

@Test func anApostropheSBeforeBeenOrGotIsHas() {
    func words(_ text: String) -> [String] { Tokenizer.tokenize(text).tokens.map(\.norm) }
    #expect(words("It's been a long week") == ["it", "has", "been", "a", "long", "week"])
    #expect(words("that's got to hurt") == ["that", "has", "got", "to", "hurt"])
    #expect(words("its been ages") == ["it", "has", "been", "ages"])
    // Otherwise "'s" is "is", and a possessive stays a possessive.
    #expect(words("it's a long week") == ["it", "is", "a", "long", "week"])
    #expect(words("Dana's been waiting") == ["dana", "been", "waiting"])
    // The reading that depends on it: "it's been" is "it has been".
    #expect(analyze("It's been a lot to deal with.").level(.emotionalReactions) == 1)
}
