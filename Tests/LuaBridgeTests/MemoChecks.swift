import Testing
@testable import LuaBridge

/// Checks shared by the memo tests: a remembered answer equals a fresh one, and leaves the same heap.
enum MemoChecks {
    /// Runs each of `codes` alone in a new state, then all of them in one state `rounds` times over (the later
    /// rounds answer from the memo), and expects the same results. `run` sets the subject and runs one code.
    static func rememberedEqualFresh(_ codes: [String], rounds: Int, run: (LuaState, String) throws -> [LuaValue]) throws {
        let fresh = try codes.map { try run(LuaState(), $0) }
        let shared = try LuaState()
        for _ in 0..<rounds {
            for (index, code) in codes.enumerated() {
                #expect(try run(shared, code) == fresh[index], "\(code)")
            }
        }
    }

    /// Runs `code` after `setup` twice from the same snapshot, the second time answered from the memo, and expects
    /// the same results and the same allocations. Returns the state, restored to after `setup`, and the heap after
    /// the first run, for further checks.
    @discardableResult
    static func sameAllocations(setup: String, code: String) throws -> (LuaState, LuaSnapshot, LuaSnapshot) {
        let lua = try LuaState(snapshots: true)
        try lua.run(setup)
        let start = try #require(lua.snapshot())
        let first = try lua.run(code)  // computed, then remembered
        let afterFresh = try #require(lua.snapshot())
        #expect(lua.restore(start))
        let second = try lua.run(code)  // answered from the memo
        let afterRemembered = try #require(lua.snapshot())
        #expect(first == second)
        #expect(afterFresh.hasSameAllocations(as: afterRemembered))
        return (lua, start, afterFresh)
    }
}
