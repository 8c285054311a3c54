import Testing
@testable import LuaBridge

@Suite struct SandboxTests {
    func state(seed: UInt64 = 1) throws -> LuaState { try LuaState(limits: LuaLimits(timeoutSeconds: 1), seed: seed) }

    @Test(arguments: ["io", "package", "require", "debug", "dofile", "loadfile"])
    func removedGlobalsAreAbsent(name: String) throws {
        let lua = try state()
        #expect(try lua.run("return \(name)") == [.nil])
        #expect(lua.stackDepth == 0)
    }

    @Test func osIsReducedToTimeClockDate() throws {
        let lua = try state()
        let result = try lua.run("local keys = {} for k in pairs(os) do keys[#keys + 1] = k end table.sort(keys) return table.concat(keys, ',')")
        #expect(result == ["clock,date,time"])
        #expect(try lua.run("return os.execute, os.exit, os.getenv, os.remove") == [.nil, .nil, .nil, .nil])
        #expect(lua.stackDepth == 0)
    }

    @Test func stringDumpIsGoneEvenThroughTheStringMetatable() throws {
        let lua = try state()
        #expect(try lua.run("return string.dump, ('x').dump") == [.nil, .nil])
        #expect(try lua.run("return getmetatable('')") == [.boolean(false)])
        #expect(lua.stackDepth == 0)
    }

    @Test func binaryChunksAreRefused() throws {
        let lua = try state()
        let result = try lua.run(#"return load("\27Lua\84\0", "bin", "b")"#)
        #expect(result.first == .nil)
        #expect(result.count == 2)
        #expect(result[1].stringValue?.contains("binary") == true)
        #expect(lua.stackDepth == 0)
    }

    @Test func textLoadStillWorks() throws {
        let lua = try state()
        #expect(try lua.run("return load('return 1 + 2')()") == [.integer(3)])
        #expect(lua.stackDepth == 0)
    }

    @Test func gcMetamethodsAreRefused() throws {
        let lua = try state()
        #expect(throws: ScriptError.self) { try lua.run("setmetatable({}, {__gc = function() while true do end end})") }
        #expect(throws: ScriptError.self) { try lua.run("setmetatable({}, {__gc = true})") }
        #expect(try lua.run("return getmetatable(setmetatable({}, {__index = {a = 1}})).__index.a") == [.integer(1)])
        #expect(lua.stackDepth == 0)
    }

    @Test func collectgarbageCannotStopTheCollector() throws {
        let lua = try state()
        #expect(throws: ScriptError.self) { try lua.run("collectgarbage('stop')") }
        #expect(try lua.run("return type(collectgarbage('count'))") == ["number"])
        #expect(lua.stackDepth == 0)
    }

    @Test func randomIsDeterministicForASeed() throws {
        let code = "local t = {} for i = 1, 5 do t[i] = math.random(1000) end math.randomseed() t[6] = math.random(1000) return table.concat(t, ',')"
        let a = try state(seed: 42).run(code)
        let b = try state(seed: 42).run(code)
        let c = try state(seed: 43).run(code)
        #expect(a == b)
        #expect(a != c)
    }

    @Test func timeComesFromTheVirtualClock() throws {
        let lua = try state()
        lua.setClock(now: 1_700_000_000, clock: 1.5)
        #expect(try lua.run("return os.time(), os.clock(), os.date('%Y-%m-%d %H:%M', os.time())") ==
            [.integer(1_700_000_000), .number(1.5), "2023-11-14 22:13"])
        #expect(try lua.run("return os.date('%H:%M')") == ["22:13"])
        #expect(try lua.run("return os.date('!%H:%M', 0)") == ["00:00"])
        #expect(lua.stackDepth == 0)
    }

    @Test func printIsCollectedNotWritten() throws {
        let lua = try state()
        try lua.run("print('hello', 42, nil)")
        #expect(lua.takePrinted() == ["hello\t42\tnil"])
        #expect(lua.takePrinted().isEmpty)
        #expect(lua.stackDepth == 0)
    }

    @Test func strictGlobalsNameTheFileAndLine() throws {
        let lua = try state()
        try lua.enableStrictGlobals()
        do {
            try lua.run("local ok = 1\nmisspelled = 2", chunkName: "Scenarios/demo.lua")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(file: "Scenarios/demo.lua", line: 2))
            #expect(error.message.contains("undeclared global 'misspelled'"))
        }
        #expect(lua.stackDepth == 0)
    }
}
