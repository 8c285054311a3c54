import RapportCore

/// Checks that the scenario's scoring rewards empathy: an agent who repeats a dismissive, blaming or abusive
/// probe must not score better, on empathy or on resolution, than one who repeats a warm probe.
struct RubricCheck {
    let harness: ScenarioHarness
    let probes: [Probe]

    struct Play {
        var probe: Probe
        var empathy: Int
        var resolution: Int
    }

    /// Plays `probe` on every turn until the call ends, seed 1, and scores the call.
    func play(_ probe: Probe) -> Play? {
        guard let session = harness.startSession(seed: 1, context: "repeating the \(probe.name) probe") else { return nil }
        while !session.isOver, harness.fatal == nil {
            guard harness.play(session, probe.text, context: "repeating the \(probe.name) probe, turn \(session.transcript.turns.count + 1)") != nil else { break }
        }
        let score = SessionScorer().score(session.transcript, definition: session.definition)
        return Play(probe: probe, empathy: score.empathy, resolution: score.resolution)
    }

    /// A message per way the rubric is unfair; empty when it is fair.
    func run() -> [String] {
        let warm = probes.filter { $0.kind == .warm }.compactMap(play)
        let harsh = probes.filter { [.dismissive, .blaming, .abusive].contains($0.kind) }.compactMap(play)
        guard let bestEmpathy = warm.max(by: { $0.empathy < $1.empathy }),
              let bestResolution = warm.max(by: { $0.resolution < $1.resolution }) else { return [] }
        var problems: [String] = []
        if let worst = harsh.max(by: { $0.empathy < $1.empathy }), worst.empathy > bestEmpathy.empathy {
            problems.append("a \(worst.probe.kind.rawValue) agent scores better on empathy than an empathetic one: repeating "
                + "\"\(worst.probe.text)\" scores \(worst.empathy), repeating \"\(bestEmpathy.probe.text)\" scores \(bestEmpathy.empathy) (check 'weights')")
        }
        if let worst = harsh.max(by: { $0.resolution < $1.resolution }), worst.resolution > bestResolution.resolution {
            problems.append("a \(worst.probe.kind.rawValue) agent scores better on resolution than an empathetic one: repeating "
                + "\"\(worst.probe.text)\" scores \(worst.resolution), repeating \"\(bestResolution.probe.text)\" scores \(bestResolution.resolution) "
                + "(check which goals and endings a harsh reply can reach)")
        }
        return problems
    }
}
