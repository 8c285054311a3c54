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
