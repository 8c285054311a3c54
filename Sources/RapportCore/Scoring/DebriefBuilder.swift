/// Builds the ``Debrief`` of a call from its transcript and scenario.
public struct DebriefBuilder: Sendable {
    public init() {}

    public func debrief(_ transcript: Transcript, definition: ScenarioDefinition) -> Debrief {
        let score = SessionScorer().score(transcript, definition: definition)
        let met = Set(transcript.turns.last?.after.met ?? [])
        let revealed = transcript.turns.last?.after.revealed ?? []
        let story = definition.persona.story
        let uncovered = revealed.compactMap { id in story.first { $0.id == id } }
        let missedStory = story.filter { !revealed.contains($0.id) }
        let strengths = strengths(transcript, score: score)
        var curve = [definition.persona.mood]
        curve.append(contentsOf: transcript.turns.map(\.after.mood))
        return Debrief(
            scenarioID: definition.id, title: definition.title, customer: definition.persona.name,
            outcome: transcript.outcome ?? .unresolved, score: score,
            goals: definition.goals.map { goal in
                let blocker = goal.after.flatMap { after in met.contains(goal.id) || met.contains(after) ? nil : definition.goals.first { $0.id == after } }
                return GoalStatus(id: goal.id, description: goal.description, required: goal.required, met: met.contains(goal.id),
                                  waitingFor: blocker?.description)
            },
            strengths: strengths,
            missedOpportunities: missed(transcript, storyLeft: !missedStory.isEmpty, customer: definition.persona.name),
            storyUncovered: uncovered, storyMissed: missedStory, modelReplies: definition.modelReplies, moodCurve: curve,
            nearest: strengths.isEmpty ? nearest(transcript, score: score) : nil)
    }

    /// What each mechanism adds, in a coach's words, for the reply that lacked it.
    static let mechanismAdvice: [Mechanism: String] = [
        .emotionalReactions: "a reaction of your own (\u{201C}I'm so sorry…\u{201D})",
        .interpretations: "a reading of how they feel (\u{201C}that must be…\u{201D})",
        .explorations: "a question about what they have not said yet",
    ]

    /// The best reply of a call where none scored 60: the highest-scoring one with a mechanism and nothing harmful,
    /// noting what it had and which mechanisms it lacked. Nil when no reply showed any mechanism.
    func nearest(_ transcript: Transcript, score: SessionScore) -> Moment? {
        let candidates = zip(transcript.turns, score.turns).filter { record, _ in
            !record.analysis.techniques.contains(where: \.isHarmful) && Mechanism.allCases.contains { record.analysis.level($0) > 0 }
        }
        guard let (record, turnScore) = candidates.max(by: { $0.1.empathy < $1.1.empathy || $0.1.empathy == $1.1.empathy && $0.0.number > $1.0.number }) else { return nil }
        let helpful = record.analysis.techniques.filter { !$0.isHarmful }.map(\.rawValue.replacingUnderscores)
        let missing = Mechanism.allCases.filter { record.analysis.level($0) == 0 }.compactMap { Self.mechanismAdvice[$0] }
        var note = (helpful.isEmpty ? "a warm reply" : helpful.joined(separator: ", ")) + " (\(turnScore.empathy))"
        if !missing.isEmpty { note += "; adding " + missing.joined(separator: " or ") + " would take it higher" }
        return Moment(turn: record.number, quote: TurnScorer.excerpt(record.reply), note: note)
    }

    /// Up to three replies that scored 60 or more in context, best first, with what made them work.
    func strengths(_ transcript: Transcript, score: SessionScore) -> [Moment] {
        let ranked = zip(transcript.turns, score.turns).filter { $0.1.empathy >= 60 }.sorted { $0.1.empathy > $1.1.empathy }
        return ranked.prefix(3).map { record, turnScore in
            let helpful = record.analysis.techniques.filter { !$0.isHarmful }.map(\.rawValue.replacingUnderscores)
            let note = helpful.isEmpty ? "a warm reply (\(turnScore.empathy))" : helpful.joined(separator: ", ") + " (\(turnScore.empathy))"
            return Moment(turn: record.number, quote: TurnScorer.excerpt(record.reply), note: note)
        }.sorted { $0.turn < $1.turn }
    }

    /// Turns where the customer was upset and the reply did not acknowledge it, or was harmful; and, while story
    /// remained untold, turns where the customer had warmed up but no open question invited it.
    func missed(_ transcript: Transcript, storyLeft: Bool, customer: String) -> [Moment] {
        var moments: [Moment] = []
        var offeredQuestionHint = false
        for record in transcript.turns {
            let quote = TurnScorer.excerpt(record.reply)
            if let harmful = record.analysis.techniques.first(where: \.isHarmful) {
                moments.append(Moment(turn: record.number, quote: quote, note: "\(harmful.rawValue.replacingUnderscores) — this pushed \(customer) away"))
            } else if record.before.mood < -20 && !TurnScorer.acknowledges(record.analysis) {
                moments.append(Moment(turn: record.number, quote: quote, note: "\(customer) was upset and the reply did not acknowledge how they felt"))
            } else if storyLeft, !offeredQuestionHint, record.before.trust >= 10, !record.analysis.has(.openQuestion) {
                moments.append(Moment(turn: record.number, quote: quote, note: "\(customer) was warming up — an open question here might have opened their story"))
                offeredQuestionHint = true
            }
        }
        return Array(moments.prefix(5))
    }
}
