import RapportCore

/// Breadth-first exploration of a scenario with the probe replies, over distinct states up to a bound.
///
/// A state is the persona state, the goals met, the parts revealed, the customer's last line and a turn bucket (the turn in quarters of
/// `max_turns`). Each child state is reached by forking: the session is restored to its parent's saved state
/// (``Session/snapshot()``, an exact copy of the Lua heap) and plays one more probe. When a state has no saved copy
/// (the copies outgrew ``snapshotBudget``, or the runtime cannot take one) its path is replayed from the opening,
/// which reaches the same state. Probe analyses come from the cache, so a turn costs only the script.
struct ProbeExplorer {
    struct StateKey: Hashable {
        var mood: Int
        var trust: Int
        var patience: Int
        var met: [String]
        var revealed: [String]
        var turnBucket: Int
        /// What the customer last said (it is also the context the next reply is analysed in), by its number in
        /// the harness (equal lines, equal numbers).
        var line: Int
    }

    struct Node {
        var path: [Int]
        var key: StateKey
        var line: String
        /// The session after `path`, when it was saved.
        var saved: SessionSnapshot?
    }

    let harness: ScenarioHarness
    let probes: [Probe]
    let bound: Int
    /// The most bytes of saved states kept at once; states beyond it are replayed instead.
    var snapshotBudget = 64 << 20

    /// What exploration found: coverage, states where the customer never moves on, and how many states it expanded.
    struct Findings {
        var coverage: Coverage
        var stuck: [(path: [Int], line: String)] = []
        var expanded = 0
    }

    func key(_ state: PersonaState, turn: Int, line: String) -> StateKey {
        let maxTurns = max(1, harness.definition.maxTurns)
        return StateKey(mood: state.mood, trust: state.trust, patience: state.patience, met: Self.sorted(state.met),
                        revealed: Self.sorted(state.revealed), turnBucket: min(3, turn * 4 / maxTurns), line: harness.line(line).id)
    }

    /// `list.sorted()`, given as `list` itself (no new array) when it is in order already, as short lists mostly are.
    static func sorted(_ list: [String]) -> [String] {
        zip(list, list.dropFirst()).allSatisfy { $0 <= $1 } ? list : list.sorted()
    }

    func describe(_ path: [Int]) -> String {
        path.isEmpty ? "at the opening" : "after " + path.map { probes[$0].name }.joined(separator: ", ")
    }

    func run() -> Findings {
        var findings = Findings(coverage: harness.emptyCoverage())
        guard let session = harness.startSession(seed: 1, context: "at the opening") else { return findings }
        session.keepsTurns = false  // only each turn's result is used here
        var tally = harness.emptyTally()
        harness.countOpening(session, into: &tally)
        let opening = session.transcript.opening
        var stored = 0
        var queue: [Node] = [Node(path: [], key: key(session.state, turn: 0, line: opening), line: opening, saved: session.snapshot())]
        stored += queue[0].saved?.byteCount ?? 0
        let root = queue[0].saved
        var seen: Set<StateKey> = [queue[0].key]
        var head = 0
        while head < queue.count, findings.expanded < bound, harness.fatal == nil {
            let node = queue[head]
            if head > 0, let saved = queue[head].saved {
                stored -= saved.byteCount
                queue[head].saved = nil
            }
            head += 1
            findings.expanded += 1
            var movesOn = false
            for index in probes.indices {
                guard let session = reach(node, session: session, root: root) else { break }
                let result = harness.play(session, probes[index].text, probe: index,
                                          context: "on turn \(node.path.count + 1) \(describe(node.path + [index]))")
                // A conversation counts all its turns, as if played from the opening (as they once were).
                tally.base.turns += result == nil ? node.path.count : node.path.count + 1
                guard let result, harness.fatal == nil else { break }
                tally.base.conversations += 1
                harness.count(result, into: &tally)
                if result.outcome != nil || result.scriptError != nil {
                    movesOn = true
                    continue
                }
                let childKey = key(result.record.after, turn: result.record.number, line: result.record.customerLine)
                var unchanged = childKey
                unchanged.turnBucket = node.key.turnBucket
                if unchanged != node.key || result.record.customerLine != node.line { movesOn = true }
                if seen.insert(childKey).inserted {
                    var child = Node(path: node.path + [index], key: childKey, line: result.record.customerLine)
                    // Only the first `bound` states are ever expanded: the rest need no copy.
                    if queue.count < bound, stored < snapshotBudget, let saved = session.snapshot() {
                        child.saved = saved
                        stored += saved.byteCount
                    }
                    queue.append(child)
                }
            }
            if !movesOn, !node.path.isEmpty, harness.fatal == nil {
                findings.stuck.append((node.path, node.line))
            }
        }
        findings.coverage = tally.coverage
        return findings
    }

    /// `session` put in `node`'s state: restored from its saved copy, or from the opening's with the path replayed,
    /// or (when nothing was saved) a restarted session with the path replayed. Nil when that fails.
    func reach(_ node: Node, session: Session, root: SessionSnapshot?) -> Session? {
        if let saved = node.saved, session.restore(saved) { return session }
        let replaying: Session
        if let root, session.restore(root) {
            replaying = session
        } else {
            guard let restarted = harness.startSession(seed: 1, context: describe(node.path)) else { return nil }
            replaying = restarted
        }
        for (step, probeIndex) in node.path.enumerated() {
            let prefix = Array(node.path.prefix(step + 1))
            guard harness.play(replaying, probes[probeIndex].text, probe: probeIndex, context: "on turn \(step + 1) \(describe(prefix))") != nil,
                  harness.fatal == nil else { return nil }
        }
        return replaying
    }
}
