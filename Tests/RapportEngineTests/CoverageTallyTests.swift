import Testing
@testable import RapportEngine

/// The tally gives the coverage that counting every turn into the dictionaries gives, whatever the runs of equal
/// lists, duplicate declared lines or ids outside the starting coverage.
@Suite struct CoverageTallyTests {
    @Test func tallyEqualsCountingEachTurn() {
        let declared = ["Hello?", "Fine.", "Hello?", "Bye."]  // a duplicate line counts under one key, twice
        var start = Coverage()
        for line in declared { start.lines[line] = 0 }
        start.goals = ["a": 0, "b": 0]
        start.reveals = ["x": 0]
        let turns: [(lines: [Int], met: [String], revealed: [String])] = [
            ([0, 2], [], []), ([1], ["a"], []), ([1], ["a"], []), ([], ["a", "b"], ["x"]), ([3], ["a", "b"], ["x"]),
            ([0, 2], ["a"], ["x", "y"]), ([], ["a"], ["x", "y"]), ([1], [], []), ([], ["c"], []),
        ]
        var expected = start
        var tally = CoverageTally(start, declaredLines: declared)
        for turn in turns {
            for index in turn.lines { expected.lines[declared[index], default: 0] += 1 }
            for id in turn.met { expected.goals[id, default: 0] += 1 }
            for id in turn.revealed { expected.reveals[id, default: 0] += 1 }
            tally.countLines(turn.lines)
            tally.countState(met: turn.met, revealed: turn.revealed)
        }
        #expect(tally.coverage == expected)
        #expect(CoverageTally(start, declaredLines: declared).coverage == start)
    }
}
