/// Turns a finished (or abandoned) transcript into the session's empathy and resolution scores, with reasons.
///
/// Empathy is the mean of the turns' contextual scores, explained by the adjustments and harmful moments.
/// Resolution: up to 60 points for goals met (by weight), 40 for the outcome (resolved 40, escalated 20,
/// unresolved 5, abandoned 0), capped at 50 while a required goal is unmet, and 5 off when the call needed more
/// than three quarters of its turns.
public struct SessionScorer: Sendable {
    public init() {}

    public static let outcomePoints: [Outcome: Double] = [.resolved: 40, .escalated: 20, .unresolved: 5, .abandoned: 0]

    public func score(_ transcript: Transcript, definition: ScenarioDefinition) -> SessionScore {
        let turns = TurnScorer(definition: definition).score(transcript.turns, opening: transcript.opening)
        let (empathy, empathyReasons) = empathyScore(transcript, turns: turns)
        let (resolution, resolutionReasons) = resolutionScore(transcript, definition: definition)
        return SessionScore(empathy: empathy, resolution: resolution, empathyReasons: empathyReasons, resolutionReasons: resolutionReasons, turns: turns)
    }

    func empathyScore(_ transcript: Transcript, turns: [TurnScore]) -> (Int, [ScoreReason]) {
        guard !turns.isEmpty else {
            return (0, [ScoreReason(turn: nil, text: "no replies were given", points: 0)])
        }
        let mean = Double(turns.map(\.empathy).reduce(0, +)) / Double(turns.count)
        var reasons: [ScoreReason] = [ScoreReason(turn: nil, text: "average of \(turns.count) \(turns.count == 1 ? "reply" : "replies") scored in context", points: mean.rounded())]
        for (record, score) in zip(transcript.turns, turns) {
            for evidence in record.analysis.evidence where evidence.technique.isHarmful {
                let item = record.analysis.breakdown.first { $0.basis == evidence.technique.rawValue }
                reasons.append(ScoreReason(turn: record.number, text: "\(evidence.technique.rawValue.replacingUnderscores) hurt the reply",
                                           quote: evidence.text, points: item?.points ?? 0))
            }
            reasons.append(contentsOf: score.adjustments.filter { $0.points != 0 })
            for item in record.analysis.breakdown where item.source != nil && item.points != 0 {
                reasons.append(ScoreReason(turn: record.number, text: "\(item.reason) (plugin \(item.source!))", points: item.points))
            }
        }
        if let best = zip(transcript.turns, turns).max(by: { $0.1.empathy < $1.1.empathy }), best.1.empathy >= 60 {
            reasons.append(ScoreReason(turn: best.0.number, text: "warmest reply (\(best.1.empathy))", quote: TurnScorer.excerpt(best.0.reply), points: 0))
        }
        return (Int(mean.rounded()), Array(reasons.prefix(12)))
    }

    func resolutionScore(_ transcript: Transcript, definition: ScenarioDefinition) -> (Int, [ScoreReason]) {
        var reasons: [ScoreReason] = []
        let met = Set(transcript.turns.last?.after.met ?? [])
        let totalWeight = definition.goals.reduce(0) { $0 + max(0, $1.weight) }
        var points = 0.0
        for goal in definition.goals {
            let share = totalWeight > 0 ? 60 * max(0, goal.weight) / totalWeight : 0
            let turn = transcript.turns.first { $0.events.contains(.goalMet(goal.id)) }
            if met.contains(goal.id) {
                points += share
                reasons.append(ScoreReason(turn: turn?.number, text: "goal met: \(goal.description)", quote: turn.map { TurnScorer.excerpt($0.reply) }, points: share.rounded()))
            } else {
                reasons.append(ScoreReason(turn: nil, text: "goal not met\(goal.required ? " (required)" : ""): \(goal.description)", points: 0))
            }
        }
        let outcome = transcript.outcome ?? .unresolved
        let outcomePoints = Self.outcomePoints[outcome] ?? 0
        points += outcomePoints
        reasons.append(ScoreReason(turn: transcript.turns.last?.number, text: "the call ended \(outcome.rawValue)", points: outcomePoints))
        if definition.goals.contains(where: { $0.required && !met.contains($0.id) }), points > 50 {
            reasons.append(ScoreReason(turn: nil, text: "capped at 50: a required goal was not met", points: 50 - points))
            points = 50
        }
        let used = transcript.turns.count
        if used * 4 > definition.maxTurns * 3 {
            points -= 5
            reasons.append(ScoreReason(turn: nil, text: "took \(used) of \(definition.maxTurns) turns", points: -5))
        }
        return (Int(min(100, max(0, points)).rounded()), reasons)
    }
}

extension String {
    /// `policy_shield` → `policy shield`.
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
