import Testing
@testable import LuaBridge

@Suite struct LimitTests {
    func state(_ limits: LuaLimits = LuaLimits(memoryBytes: 4 << 20, timeoutSeconds: 0.2)) throws -> LuaState {
        try LuaState(limits: limits, seed: 7)
    }

    func expectTimeout(_ lua: LuaState, _ code: String) {
        do {
            try lua.run(code, chunkName: "loop.lua")
            Issue.record("expected a timeout")
        } catch {
            guard case .timeout = error else {
                Issue.record("expected a timeout, got \(error)")
                return
            }
        }
        #expect(lua.stackDepth == 0)
        // The state lives on.
        #expect((try? lua.run("return 1 + 1")) == [.integer(2)])
    }

    @Test func infiniteLoopTimesOut() throws {
        let lua = try state()
        expectTimeout(lua, "while true do end")
        #expect(lua.stackDepth == 0)
    }

    @Test func pcallCannotSwallowTheTimeout() throws {
        expectTimeout(try state(), "while true do pcall(function() while true do end end) end")
        expectTimeout(try state(), "while true do xpcall(function() while true do end end, function() while true do end end) end")
    }

    @Test func coroutinesCannotHideFromTheTimeout() throws {
        expectTimeout(try state(), "local co = coroutine.create(function() while true do end end) while true do coroutine.resume(co) end")
        expectTimeout(try state(), "local f = coroutine.wrap(function() while true do end end) f()")
        // A coroutine created in an earlier call is reached too.
        let lua = try state()
        try lua.run("spin = coroutine.create(function() while true do coroutine.yield() end end)")
        expectTimeout(lua, "while true do coroutine.resume(spin) end")
        #expect(lua.stackDepth == 0)
    }

    @Test(arguments: [
        "return string.rep('a', 30000):find(string.rep('a*', 20) .. 'b')",
        "return string.rep('a', 30000):match(string.rep('a-', 12) .. 'b')",
        "return (string.rep('ab', 20000):gsub(string.rep('.-', 10) .. 'x', ''))",
        "for m in string.rep('a', 30000):gmatch(string.rep('a*', 15) .. 'b') do end",
    ])
    func pathologicalPatternsStopAtTheDeadline(code: String) throws {
        expectTimeout(try state(), code)
    }

    @Test func ordinaryPatternsStillWork() throws {
        let lua = try state()
        #expect(try lua.run("return ('I want a refund now'):find('refund')") == [.integer(10), .integer(15)])
        #expect(try lua.run("return ('order 12345'):match('%d+')") == ["12345"])
        #expect(try lua.run("return ('  hi  '):gsub('^%s*(.-)%s*$', '%1')") == ["hi", .integer(1)])
        #expect(lua.stackDepth == 0)
    }

    @Test func timeoutNamesTheLine() throws {
        let lua = try state()
        do {
            try lua.run("local x = 0\nwhile true do\n x = x + 1\nend", chunkName: "loop.lua")
        } catch {
            #expect(error.location?.file == "loop.lua")
            #expect(error.message.contains("time limit"))
        }
        #expect(lua.stackDepth == 0)
    }

    @Test func instructionBudgetStopsALoop() throws {
        let lua = try state(LuaLimits(timeoutSeconds: 5, instructionBudget: 100_000))
        #expect(throws: ScriptError.self) { try lua.run("while true do end") }
        do { try lua.run("while true do pcall(function() end) end") } catch {
            guard case .instructionBudget(let limit, _) = error else { Issue.record("got \(error)"); return }
            #expect(limit == 100_000)
        }
        #expect(try lua.run("local s = 0 for i = 1, 100 do s = s + i end return s") == [.integer(5050)])
        #expect(lua.stackDepth == 0)
    }

    @Test(arguments: [
        "local t = {} for i = 1, 1e9 do t[i] = i end",
        "local s = string.rep('x', 2^30)",
        "local t = {} while true do t[#t + 1] = {} end",
        "local s = 'x' while true do s = s .. s end",
    ])
    func memoryBombsStopWithAMemoryError(code: String) throws {
        let lua = try state()
        do {
            try lua.run(code)
            Issue.record("expected a memory error")
        } catch {
            guard case .memory = error else { Issue.record("expected memory error, got \(error)"); return }
        }
        #expect(lua.stackDepth == 0)
        #expect(lua.memoryUsed < 1 << 20)
        #expect(try lua.run("return #string.rep('y', 1000)") == [.integer(1000)])
    }

    @Test(arguments: [
        ("local t = {}\nfor i = 1, 1e9 do\n  t[i] = i\nend", 3),
        ("local unused = 1\nlocal s = string.rep('x', 2^30)", 2),
        ("local s = 'x'\nwhile true do\n  s = s .. s\nend", 3),
    ])
    func aMemoryErrorNamesTheLineThatRanOut(code: String, line: Int) throws {
        // Lua's "not enough memory" carries no place; the limit records the line of the Lua code running then
        // (for string.rep, the line that called it).
        let lua = try state()
        do {
            try lua.run(code, chunkName: "Scenarios/bomb.lua")
            Issue.record("expected a memory error")
        } catch {
            guard case .memory(_, let location) = error else { Issue.record("expected memory error, got \(error)"); return }
            #expect(location == SourceLocation(file: "Scenarios/bomb.lua", line: line))
        }
        // The next call starts without a stale place.
        #expect(try lua.run("return 1") == [.integer(1)])
    }

    @Test func pcallCannotSwallowTheMemoryLimit() throws {
        let lua = try state()
        do {
            try lua.run("local keep = {} while true do pcall(function() local t = {} for i = 1, 1e9 do t[i] = i end keep[#keep + 1] = t end) end")
            Issue.record("expected an error")
        } catch {
            #expect(error.isLimit)
        }
        #expect(lua.stackDepth == 0)
    }

    @Test func deepRecursionIsAnError() throws {
        let lua = try state()
        #expect(throws: ScriptError.self) { try lua.run("local function f(n) return 1 + f(n + 1) end return f(1)") }
        #expect(throws: ScriptError.self) { try lua.run("local function f() return coroutine.wrap(f)() end f()") }
        #expect(lua.stackDepth == 0)
    }

    @Test func aCallInTimeIsNotStopped() throws {
        let lua = try state(LuaLimits(timeoutSeconds: 5))
        let result = try lua.run("local s = 0 for i = 1, 1e6 do s = s + i end return s")
        #expect(result == [.integer(500_000_500_000)])
        #expect(lua.stackDepth == 0)
    }
}
