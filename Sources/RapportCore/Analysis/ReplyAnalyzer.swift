/// The built-in, explainable reply analyzer.
///
/// Reads the reply with the lexicons in `Resources/` (phrase patterns per technique and mechanism) plus a few
/// structural rules (question forms, words taken up from the customer's message, the customer's name, capitals),
/// then scores it with ``ScoringWeights``. Deterministic, offline, and a plain value: safe to share across threads.
public struct ReplyAnalyzer: ReplyPreparing {
    /// The lexicon the analyzer reads with.
    public let lexicon: Lexicon
    /// The points each finding is worth.
    public let weights: ScoringWeights

    /// Creates an analyzer with the lexicons shipped in the package.
    public init() {
        self.lexicon = Lexicon.shared
        self.weights = ScoringWeights()
    }

    /// Creates an analyzer with a custom lexicon or weights (for tests and course authors).
    public init(lexicon: Lexicon, weights: ScoringWeights = ScoringWeights()) {
        self.lexicon = lexicon
        self.weights = weights
    }

    /// See ``ReplyAnalyzing/analyze(_:context:)``.
    public func analyze(_ text: String, context: AnalysisContext) -> ReplyAnalysis {
        analyze(prepare(text), context: context)
    }

    /// See ``ReplyPreparing/prepare(_:)``: the reply read into tokens and sentences, and its lexicon matches sorted
    /// into findings — everything that does not depend on the context.
    public func prepare(_ text: String) -> PreparedReply {
        let document = TextDocument(text, lexicon: lexicon)
        var findings = Findings(tokenCount: document.tokens.count)
        if !document.tokens.isEmpty {
            collectLexiconMatches(lexicon.scan(document), document: document, into: &findings)
        }
        return PreparedReply(text: text, document: document, findings: findings)
    }

    /// See ``ReplyPreparing/analyze(_:context:)``: the rules that read the reply against the customer's message and
    /// name, then the score. The same analysis as `analyze(prepared.text, context:)`.
    public func analyze(_ prepared: PreparedReply, context: AnalysisContext) -> ReplyAnalysis {
        // An empty reply needs nothing from the context.
        prepared.document.tokens.isEmpty ? score(prepared.findings, document: prepared.document)
            : analyze(prepared, in: prepare(context: context))
    }

    /// See ``ReplyPreparing/prepare(context:)``: the customer's message read into words, its content stems and
    /// the feelings it names.
    public func prepare(context: AnalysisContext) -> PreparedContext {
        // The customer's message only needs its words and their classes: no sentences, negation or offsets.
        let customer: [Token]? = context.customerText.map { text in
            var tokens = Tokenizer.tokenize(text).tokens
            lexicon.annotate(&tokens)
            return tokens
        }
        let said = customer.map { Set(contentStems($0).map(\.stem)) } ?? []
        let feelingBit = lexicon.classBit("feeling")
        let customerFeelings = customer.map { Set($0.filter { $0.classes & feelingBit != 0 }.map { String($0.norm.prefix(4)) }) }
        return PreparedContext(context: context, customer: customer, said: said, customerFeelings: customerFeelings,
                               asksWhoElse: customer.map(ReplyAnalyzer.asksWhoElse) ?? false)
    }

    /// See ``ReplyPreparing/analyze(_:in:)``: the same analysis as `analyze(prepared, context: context.context)`.
    public func analyze(_ prepared: PreparedReply, in context: PreparedContext) -> ReplyAnalysis {
        let document = prepared.document
        var findings = prepared.findings
        guard !document.tokens.isEmpty else {
            return score(findings, document: document)
        }
        let said = context.said
        detectQuestions(document, said: said, into: &findings)
        detectSurface(document, said: said, into: &findings)
        detectPersonalization(document, context: context.context, customer: context.customer, into: &findings)
        detectParaphrase(document, said: said, into: &findings)
        detectDisclosure(document, into: &findings)
        detectSharedAnswer(document, asksWhoElse: context.asksWhoElse, into: &findings)
        detectImpersonalStatements(document, into: &findings)
        resolveConflicts(document, into: &findings)
        settleSweepReadings(document, into: &findings)
        settleClosings(document, into: &findings)
        settleNonApologies(document, customer: context.customer, customerFeelings: context.customerFeelings, into: &findings)
        settleBoundaries(document, into: &findings)
        settleGrantingPolicies(document, into: &findings)
        settleEngagedPolicies(document, into: &findings)
        settlePrefacedWalls(document, into: &findings)
        assessMechanisms(document, said: said, customerFeelings: context.customerFeelings, into: &findings)
        return score(findings, document: document)
    }

    /// Sorts lexicon matches into technique evidence and mechanism cues.
    func collectLexiconMatches(_ matches: [PatternMatch], document: TextDocument, into findings: inout Findings) {
        for match in matches {
            let name = lexicon.labels[match.label]
            let dot = name.firstIndex(of: ".")
            let file = dot.map { String(name[..<$0]) } ?? name
            if let technique = Technique(rawValue: file) {
                // "Within the hour", "by noon": a time is a next step only in a sentence that commits to something
                // ahead; "you've waited over a week" and "refunds arrive within 5 days" promise nothing.
                if technique == .nextStep, name.hasSuffix(".timed"), !looksAhead(document, sentenceOf: match.first) { continue }
                findings.evidence.add(technique, first: match.first, end: match.end)
                if technique == .reflectFeeling || technique == .selfDisclosure {
                    let section = dot.map { name[name.index(after: $0)...] } ?? ""
                    findings.readings.append((technique, section == "situation" ? .situation : section == "named" ? .named : .inferred,
                                              match.first, match.end))
                }
            } else if file == "service_question" {
                findings.serviceQuestions.append((match.first, match.end))
            } else if file == "comprehension_check" {
                findings.checkQuestions.append((match.first, match.end, name.hasSuffix(".rhetorical")))
            } else if file == "reflection_frame" {
                findings.reflectionFrames.append((match.first, match.end))
            } else if let mechanism = Mechanism(rawValue: file) {
                let section = dot.map { String(name[name.index(after: $0)...]) } ?? ""
                // "It's hard for me to…": a hard situation of the speaker's own is their story, not sympathy.
                if section == "situation", document.sentenceMentionsSpeaker(of: match.first, selfBit: lexicon.classBit("self")) { continue }
                let level = section == "weak" || section == "situation" ? 1 : 2
                // "I can see there were three callbacks", "I can see both charges": the record read, not the person.
                if mechanism == .interpretations, level == 1, readsTheRecord(document, matchEnd: match.end) { continue }
                // "Please don't shout": a request about the customer's conduct, not pleading concern.
                if mechanism == .emotionalReactions, asksAboutConduct(document, matchEnd: match.end) { continue }
                // "Let me take care of that for you": the case handled, not a farewell ("Take care of yourself").
                if mechanism == .emotionalReactions, takesCareOfTheCase(document, matchEnd: match.end) { continue }
                findings.cue(mechanism, level: level, first: match.first, end: match.end)
            }
        }
    }
}

/// What the rules found in one reply, before scoring.
struct Findings {
    /// Technique evidence.
    var evidence: EvidenceCollector
    /// The strongest cue per mechanism: its level and the tokens that earned it.
    var mechanisms: [Mechanism: (level: Int, first: Int, end: Int)] = [:]

    /// A swear word aimed at the customer ("you're a damn…", "screw you"), if any.
    var directedProfanity: (first: Int, end: Int)?
    /// Token ranges of service questions ("anything else I can help with?", "could you confirm your email?").
    var serviceQuestions: [(first: Int, end: Int)] = []
    /// Token ranges of comprehension checks ("is that right?", "does that make sense?"), and whether they are
    /// rhetorical ("you know what?"), which ask nothing even alone.
    var checkQuestions: [(first: Int, end: Int, rhetorical: Bool)] = []
    /// Token ranges of reflection frames ("it sounds like", "you feel like", "what I'm hearing is").
    var reflectionFrames: [(first: Int, end: Int)] = []
    /// Sentences that propose an action as a question ("Have you tried…?"): advice, yet they still ask about
    /// the person's experience, so they may earn an exploration level.
    var proposalQuestions: [(first: Int, end: Int)] = []

    /// Feeling reflections and self-disclosures found by the lexicon, with how they read the person
    /// (the section of the file that matched): what sets the interpretation level.
    var readings: [(technique: Technique, kind: ReadingKind, first: Int, end: Int)] = []
    /// True when the reply opens by answering "yes" to the customer's "does anyone else…?": a shared experience.
    var sharedAnswer = false

    init(tokenCount: Int) { evidence = EvidenceCollector(tokenCount: tokenCount) }

    /// Raises a mechanism to `level` when it is not already at least that high.
    mutating func cue(_ mechanism: Mechanism, level: Int, first: Int, end: Int) {
        if let current = mechanisms[mechanism], current.level >= level { return }
        mechanisms[mechanism] = (level, first, end)
    }
}

/// How a feeling reflection reads the person, from the section of `reflect_feeling.txt` that matched.
enum ReadingKind {
    /// A feeling or experience inferred from what they said ("that must be terrifying", "you sound exhausted"):
    /// a strong interpretation. Self-disclosures from the lexicon (shared experiences) count here too.
    case inferred
    /// A feeling they already named, restated ("you're upset", "your frustration"): a weak interpretation.
    case named
    /// The situation judged as hard ("that's awful", "what a difficult situation"): the responder's own
    /// sympathetic reaction, a weak emotional reaction rather than an interpretation.
    case situation
}
