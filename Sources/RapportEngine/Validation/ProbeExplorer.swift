import RapportCore

/// Breadth-first exploration of a scenario with the probe replies, over distinct states up to a bound.
///
/// A state is the persona state, the goals met, the parts revealed, the customer's last line and a turn bucket (the turn in quarters of
/// `max_turns`). Sessions cannot be copied, so each child state is reached by replaying its path in a fresh
/// runtime; probe analyses come from the cache, so a replayed turn costs only the script.
struct ProbeExplorer {
    struct StateKey: Hashable {
        var mood: Int
        var trust: Int
        var patience: Int
        var met: [String]
        var revealed: [String]
        var turnBucket: Int
        /// What the customer last said (it is also the context the next reply is analysed in).
        var line: String
    }

    struct Node {
        var path: [Int]
        var key: StateKey
        var line: String
    }

    let harness: ScenarioHarness
    let probes: [Probe]
    let bound: Int

    /// What exploration found: coverage, states where the customer never moves on, and how many states it expanded.
    struct Findings {
        var coverage: Coverage
        var stuck: [(path: [Int], line: String)] = []
        var expanded = 0
    }

    func key(_ state: PersonaState, turn: Int, line: String) -> StateKey {
        let maxTurns = max(1, harness.definition.maxTurns)
        return StateKey(mood: state.mood, trust: state.trust, patience: state.patience, met: state.met.sorted(),
                        revealed: state.revealed.sorted(), turnBucket: min(3, turn * 4 / maxTurns), line: line)
    }

    func describe(_ path: [Int]) -> String {
        path.isEmpty ? "at the opening" : "after " + path.map { probes[$0].name }.joined(separator: ", ")
    }

    func run() -> Findings {
        var findings = Findings(coverage: harness.emptyCoverage())
        let turnsBefore = harness.turns
        guard let first = harness.startSession(seed: 1, context: "at the opening") else { return findings }
        harness.countOpening(first, into: &findings.coverage)
        var queue: [Node] = [Node(path: [], key: key(first.state, turn: 0, line: first.transcript.opening), line: first.transcript.opening)]
        var seen: Set<StateKey> = [queue[0].key]
        var head = 0
        while head < queue.count, findings.expanded < bound, harness.fatal == nil {
            let node = queue[head]
            head += 1
            findings.expanded += 1
            var movesOn = false
            for index in probes.indices {
                let path = node.path + [index]
                guard let session = harness.startSession(seed: 1, context: describe(path)) else { break }
                var last: TurnResult?
                for (step, probeIndex) in path.enumerated() {
                    last = harness.play(session, probes[probeIndex].text, context: "on turn \(step + 1) \(describe(Array(path.prefix(step + 1))))")
                    if last == nil || harness.fatal != nil { break }
                }
                guard let result = last, harness.fatal == nil else { break }
                findings.coverage.conversations += 1
                harness.count(result, into: &findings.coverage)
                if result.outcome != nil || result.scriptError != nil {
                    movesOn = true
                    continue
                }
                let childKey = key(result.record.after, turn: result.record.number, line: result.record.customerLine)
                var unchanged = childKey
                unchanged.turnBucket = node.key.turnBucket
                if unchanged != node.key || result.record.customerLine != node.line { movesOn = true }
                if seen.insert(childKey).inserted {
                    queue.append(Node(path: path, key: childKey, line: result.record.customerLine))
                }
            }
            if !movesOn, !node.path.isEmpty, harness.fatal == nil {
                findings.stuck.append((node.path, node.line))
            }
        }
        findings.coverage.turns = harness.turns - turnsBefore
        return findings
    }
}
