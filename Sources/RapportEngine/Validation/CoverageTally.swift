/// A ``Coverage`` being counted turn by turn, with the per-turn counts kept cheaply: declared lines by their index,
/// and the goals met and parts revealed as runs of equal lists (most turns leave them as the turn before did, and
/// the session hands back the very same list then). ``coverage`` adds them in; the sums are what counting each
/// turn into the dictionaries gives.
struct CoverageTally {
    /// The counts so far, without those still held here; conversations, turns, endings and turn-limit hits go
    /// straight in.
    var base: Coverage
    private let declaredLines: [String]
    private var lineCounts: [Int]
    private var met: [String] = [], metTurns = 0
    private var revealed: [String] = [], revealedTurns = 0

    /// Counting on from `base`, for a scenario that declares `declaredLines`.
    init(_ base: Coverage, declaredLines: [String]) {
        self.base = base
        self.declaredLines = declaredLines
        lineCounts = Array(repeating: 0, count: declaredLines.count)
    }

    /// One more sighting of each declared line in `indices` (an index may appear more than once).
    mutating func countLines(_ indices: [Int]) {
        for index in indices { lineCounts[index] += 1 }
    }

    /// One more turn after which `met` are the goals met and `revealed` the parts out.
    mutating func countState(met: [String], revealed: [String]) {
        Self.extend(&self.met, &metTurns, with: met, flushingInto: &base.goals)
        Self.extend(&self.revealed, &revealedTurns, with: revealed, flushingInto: &base.reveals)
    }

    /// Lengthens the run of `current` by one turn when `ids` is the same list; otherwise adds the run to `counts`
    /// and starts a run of `ids`.
    private static func extend(_ current: inout [String], _ turns: inout Int, with ids: [String], flushingInto counts: inout [String: Int]) {
        if ids == current {
            turns += 1
        } else {
            add(current, turns, to: &counts)
            current = ids
            turns = 1
        }
    }

    /// Everything counted.
    var coverage: Coverage {
        var coverage = base
        for (index, count) in lineCounts.enumerated() where count > 0 { coverage.lines[declaredLines[index], default: 0] += count }
        Self.add(met, metTurns, to: &coverage.goals)
        Self.add(revealed, revealedTurns, to: &coverage.reveals)
        return coverage
    }

    private static func add(_ ids: [String], _ turns: Int, to counts: inout [String: Int]) {
        guard turns > 0 else { return }
        for id in ids { counts[id, default: 0] += turns }
    }
}
