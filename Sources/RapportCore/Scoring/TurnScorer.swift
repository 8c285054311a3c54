/// Scores each reply in context: the analyzer judges a reply alone; a coach also asks whether it fitted the moment.
///
/// - Jumping to a fix while the customer is still upset, without acknowledging how they feel, costs points;
///   acknowledging first earns a few.
/// - Repeating an earlier reply, or an earlier sentence word for word, sounds robotic and costs points.
/// - Techniques the scenario says this customer values (`weights`) add points; ones it marks below 1 remove some.
/// - Calling the customer by a name that is not theirs (``NameSlip``) costs points.
public struct TurnScorer: Sendable {
    public var weights: [Technique: Double]
    /// The customer's name, for noticing a reply that calls them something else; nil to skip that check.
    public var customerName: String?
    /// Text that may name the customer otherwise (a surname in the summary, the story or the model replies): a name
    /// written capitalised here is never a slip.
    public var namesKnown: String

    public init(weights: [Technique: Double] = [:], customerName: String? = nil, namesKnown: String = "") {
        self.weights = weights
        self.customerName = customerName
        self.namesKnown = namesKnown
    }

    /// The scorer for a scenario: its technique weights, its customer's name, and the names its author wrote for
    /// them ("Mr Hale" in a model reply, when the persona is "Richard").
    public init(definition: ScenarioDefinition) {
        let written = [definition.title, definition.summary] + definition.persona.story.map(\.text) +
            definition.modelReplies.map(\.reply) + definition.tests.flatMap(\.replies)
        self.init(weights: definition.techniqueWeights, customerName: definition.persona.name, namesKnown: written.joined(separator: "\n"))
    }

    static let acknowledging: Set<Technique> = [.reflectFeeling, .validate, .apology]
    static let fixing: Set<Technique> = [.suggestion, .information, .nextStep, .ownership]

    /// True when the reply acknowledges feelings: by technique, by naming a reaction of one's own (a strong
    /// emotional reaction) or by showing understanding (any interpretation). Courtesy and good wishes ("thanks
    /// for calling", "I hope you have a good day") are weak reactions and acknowledge nothing.
    public static func acknowledges(_ analysis: ReplyAnalysis) -> Bool {
        !acknowledging.isDisjoint(with: analysis.techniques) || analysis.level(.emotionalReactions) > 1 || analysis.level(.interpretations) > 0
    }

    /// Scores every turn of a transcript. `opening` is the customer's first line (names said there are theirs).
    public func score(_ turns: [TurnRecord], opening: String = "") -> [TurnScore] {
        var earlierReplies = Set<String>()
        var earlierSentences = Set<String>()
        // Names the customer may go by: read once, then grown by each line the customer says.
        var known = customerName == nil ? [] : NameSlip.names(in: namesKnown + "\n" + opening)
        return turns.map { record in
            defer { if customerName != nil { known.formUnion(NameSlip.names(in: record.customerLine)) } }
            var adjustments: [ScoreReason] = []
            let analysis = record.analysis
            let quote = Self.excerpt(record.reply)
            let upset = record.before.mood < -20
            let techniques = Set(analysis.techniques)
            if upset && !techniques.isDisjoint(with: Self.fixing) {
                if Self.acknowledges(analysis) {
                    adjustments.append(ScoreReason(turn: record.number, text: "acknowledged the customer's feelings before fixing", quote: quote, points: 5))
                } else {
                    adjustments.append(ScoreReason(turn: record.number, text: "jumped to the fix while the customer was still upset, without acknowledging it", quote: quote, points: -15))
                }
            }
            let slip = customerName.flatMap { NameSlip.wrongName(in: record.reply, customer: $0, known: known) }
            if let customerName, let slip {
                adjustments.append(ScoreReason(turn: record.number, text: "called \(customerName) by another name, \u{201C}\(slip)\u{201D}", quote: quote, points: -10))
            }
            let normalized = Self.normalize(record.reply)
            if !normalized.isEmpty && earlierReplies.contains(normalized) {
                adjustments.append(ScoreReason(turn: record.number, text: "repeated an earlier reply word for word (sounds robotic)", quote: quote, points: -20))
            } else {
                let repeated = Self.sentences(record.reply).filter { earlierSentences.contains($0) }
                if let first = repeated.first {
                    adjustments.append(ScoreReason(turn: record.number, text: "reused a sentence from an earlier reply (sounds scripted)", quote: first, points: -10))
                }
            }
            earlierReplies.insert(normalized)
            earlierSentences.formUnion(Self.sentences(record.reply))
            for technique in analysis.techniques.sorted() {
                guard let weight = weights[technique], weight != 1 else { continue }
                let points = ((weight - 1) * 8).rounded()
                let evidence = analysis.evidence.first { $0.technique == technique }?.text ?? quote
                let name = technique.rawValue.replacingUnderscores  // shown to the trainee: words, not an identifier
                let text = weight > 1 ? "this customer values \(name)" : "this customer reacts badly to \(name)"
                adjustments.append(ScoreReason(turn: record.number, text: text, quote: evidence, points: points))
            }
            let total = Double(analysis.empathy) + adjustments.reduce(0) { $0 + $1.points }
            return TurnScore(turn: record.number, analyzer: analysis.empathy, empathy: Int(min(100, max(0, total.rounded()))), adjustments: adjustments,
                             nameSlip: slip)
        }
    }

    /// Lowercased letters and digits, single-spaced: two replies that differ only in case or punctuation match.
    static func normalize(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "'" { current.append(character) } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    /// The normalized sentences of at least four words (short ones like "Okay." repeat naturally).
    static func sentences(_ text: String) -> [String] {
        text.split(whereSeparator: { ".!?\n".contains($0) }).map { normalize(String($0)) }.filter { $0.split(separator: " ").count >= 4 }
    }

    /// The reply cut to 120 characters for quoting.
    public static func excerpt(_ text: String, limit: Int = 120) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
