import LuaBridge
import RapportCore

extension ScenarioHarness {
    /// Decides whether sessions may restart one loaded runtime instead of loading the file for every conversation
    /// (loading costs far more than a turn). Restarting re-runs `setup` and reseeds `math.random`, which is enough
    /// unless the script keeps state of its own between calls (a counter in a file-level local, say). So it is
    /// tried, not assumed: short seeded games on fresh runtimes must match, transcript for transcript, the same
    /// games on one restarted runtime; otherwise every conversation gets a fresh runtime.
    func checkReuse(probes: [Probe]) {
        guard fatal == nil, !probes.isEmpty, let shared = load(seed: 1),
              let reseed = shared.lua.global("math").tableValue?["randomseed"].functionValue else { return }
        func game(_ seed: UInt64, on runtime: ScenarioRuntime?) -> Transcript? {
            let session: Session
            if let runtime {
                session = Session(runtime: runtime, analyzer: analyzer, seed: seed)
                guard (try? session.start()) != nil else { return nil }
            } else {
                guard let started = startSession(seed: seed, context: "checking that the scenario can restart") else { return nil }
                session = started
            }
            var generator = SplitMix64(seed: seed)
            for _ in 0..<min(8, definition.maxTurns) where !session.isOver {
                let pick = generator.below(probes.count)
                guard play(session, probes[pick].text, probe: pick, context: "in a check game with seed \(seed) (replies chosen at random)") != nil else { break }
            }
            return session.transcript
        }
        recording = false
        defer { recording = true }
        guard let fresh1 = load(seed: 1).flatMap({ game(1, on: $0) }), let fresh2 = load(seed: 2).flatMap({ game(2, on: $0) }) else { return }
        adoptShared(shared, reseed: reseed)
        let restarted = [game(1, on: nil), game(2, on: nil), game(1, on: nil)]
        if restarted != [fresh1, fresh2, fresh1] { dropShared() }
    }
}
