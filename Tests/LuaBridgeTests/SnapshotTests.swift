import Testing
@testable import LuaBridge

@Suite struct SnapshotTests {
    @Test func restoringPutsGlobalsUpvaluesAndRandomNumbersBack() throws {
        let lua = try LuaState(seed: 3, snapshots: true)
        try lua.run("counter = 0; local hidden = 0; function bump() hidden = hidden + 1; counter = counter + 1; return hidden end")
        let saved = try #require(lua.snapshot())
        let first = try lua.run("bump(); local t = {} for i = 1, 1000 do t[i] = tostring(i) end; return bump(), counter, math.random(1000000)")
        #expect(try lua.run("return counter") == [.integer(2)])
        #expect(lua.restore(saved))
        #expect(try lua.run("return counter") == [.integer(0)])
        let again = try lua.run("bump(); local t = {} for i = 1, 1000 do t[i] = tostring(i) end; return bump(), counter, math.random(1000000)")
        #expect(again == first)
        #expect(lua.stackDepth == 0)
    }

    /// Large free blocks are not copied (past their free-list link): a turn that fills them with new strings and
    /// tables, restored and played again, must give the same answers and leave the same allocations.
    @Test func freeBlocksFilledAfterASnapshotDoNotLeakIntoTheRestoredHeap() throws {
        let lua = try LuaState(seed: 5, snapshots: true)
        // Large blocks, then garbage: after a full collection they sit in the free lists.
        try lua.run("""
        keep = {}
        for i = 1, 40 do local big = {} for j = 1, 200 do big[j] = j end keep[i] = (i % 2 == 0) and big or nil end
        keep = nil
        collectgarbage("collect")
        state = { n = 0, words = {} }
        """)
        let saved = try #require(lua.snapshot())
        #expect(saved.skippedByteCount > 0)
        let turn = """
        local t = {}
        for i = 1, 300 do t[i] = string.rep(string.char(65 + i % 26), 40 + i % 7) .. i end
        state.n = state.n + #t
        state.words[#state.words + 1] = t[17] .. t[255]
        local sum = 0 for k, v in pairs(state) do sum = sum + #tostring(k) end
        return state.n, state.words[#state.words], sum, math.random(1000000), collectgarbage("count")
        """
        let first = try lua.run(turn)
        let afterFirst = try #require(lua.snapshot())
        for _ in 0..<3 {
            #expect(lua.restore(saved))
            #expect(try lua.run(turn) == first)
            let after = try #require(lua.snapshot())
            #expect(after.hasSameAllocations(as: afterFirst))
        }
    }

    @Test func aStateWithoutSnapshotsGivesNone() throws {
        let lua = try LuaState()
        #expect(lua.snapshot() == nil)
    }

    @Test func restoreIsRefusedWhileAFunctionMadeSinceIsAlive() throws {
        let lua = try LuaState(snapshots: true)
        let saved = try #require(lua.snapshot())
        let made = try lua.run("return function() return 1 end").first?.functionValue
        #expect(made != nil)
        #expect(!lua.restore(saved))
        #expect(try lua.call(made!) == [.integer(1)])
    }

    @Test func aSnapshotOfAnotherStateIsRefused() throws {
        let a = try LuaState(snapshots: true)
        let b = try LuaState(snapshots: true)
        try b.run("x = 1", chunkName: "b")
        let saved = try #require(a.snapshot())
        #expect(!b.restore(saved))
        #expect(try b.run("return x") == [.integer(1)])
    }

    @Test func theMemoryCapHoldsAfterARestore() throws {
        let lua = try LuaState(limits: LuaLimits(memoryBytes: 1 << 20, timeoutSeconds: 2), snapshots: true)
        let saved = try #require(lua.snapshot())
        try lua.run("big = string.rep('x', 300000)")
        #expect(lua.restore(saved))
        #expect(throws: ScriptError.self) { try lua.run("local t = {} for i = 1, 100 do t[i] = string.rep('y', 100000) .. i end") }
        #expect(lua.restore(saved))
        #expect(try lua.run("return big") == [.nil])
    }
}
