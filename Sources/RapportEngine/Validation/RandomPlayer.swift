import RapportCore

/// Seeded random conversations: each game picks among the probes with a bias to the ones it has used least,
/// so a game is fully determined by its seed (and the same seed replays it).
struct RandomPlayer {
    let harness: ScenarioHarness
    let probes: [Probe]
    let games: Int

    /// The probe indices game `seed` plays, decided one at a time (the call may end sooner).
    static func choose(_ generator: inout SplitMix64, uses: [Int]) -> Int {
        let a = generator.below(uses.count)
        let b = generator.below(uses.count)
        return uses[b] < uses[a] ? b : a
    }

    /// Plays games with seeds 1...games and returns their coverage.
    func run() -> Coverage {
        var tally = harness.emptyTally()
        let turnsBefore = harness.turns
        for game in 1...max(1, games) where games > 0 && harness.fatal == nil {
            let seed = UInt64(game)
            var generator = SplitMix64(seed: seed)
            var uses = [Int](repeating: 0, count: probes.count)
            var names: [String] = []
            guard let session = harness.startSession(seed: seed, context: "random playthrough with seed \(seed)") else { break }
            session.keepsTurns = false  // only each turn's result is used here
            harness.countOpening(session, into: &tally)
            tally.base.conversations += 1
            while !session.isOver, harness.fatal == nil {
                let pick = Self.choose(&generator, uses: uses)
                uses[pick] += 1
                names.append(probes[pick].name)
                guard let result = harness.play(session, probes[pick].text, probe: pick,
                                                context: "in the random playthrough with seed \(seed), turn \(names.count) (replies: \(names.joined(separator: ", ")))")
                else { break }
                harness.count(result, into: &tally)
            }
        }
        var coverage = tally.coverage
        coverage.turns = harness.turns - turnsBefore
        return coverage
    }
}
