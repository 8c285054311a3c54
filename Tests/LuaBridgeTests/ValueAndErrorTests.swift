import Testing
@testable import LuaBridge

struct Refusal: Error, CustomStringConvertible {
    var description: String { "the host refused" }
}

@Suite struct ValueAndErrorTests {
    @Test func valuesRoundTrip() throws {
        let lua = try LuaState()
        let identity = try lua.load("return ...", chunkName: "id")
        let table = LuaValue.table(LuaTable(array: ["a", 2, 3.5, true], fields: ["name": "Dana", "nested": .table(LuaTable(["x": 1]))]))
        let values: [LuaValue] = [.nil, true, 42, -1.25, "héllo ✓", table]
        #expect(try lua.call(identity, values) == values)
        #expect(lua.stackDepth == 0)
    }

    @Test func cyclicTablesDoNotHang() throws {
        let lua = try LuaState()
        let result = try lua.run("local t = {} t.self = t t[1] = 'a' return t")
        let table = try #require(result.first?.tableValue)
        #expect(table.array == ["a"])
        #expect(table["self"] == .opaque("table"))
        #expect(lua.stackDepth == 0)
    }

    @Test func invalidUTF8IsReplacedNotFatal() throws {
        let lua = try LuaState()
        let result = try lua.run(#"return "ok\255\254""#)
        #expect(result.first?.stringValue?.hasPrefix("ok") == true)
        #expect(lua.stackDepth == 0)
    }

    @Test func luaFunctionsCanBeCalledLater() throws {
        let lua = try LuaState()
        let make = try lua.run("return function(a, b) return a * b, 'done' end")
        let multiply = try #require(make.first?.functionValue)
        #expect(try lua.call(multiply, [6, 7]) == [42, "done"])
        #expect(lua.stackDepth == 0)
    }

    @Test func syntaxErrorNamesFileAndLine() throws {
        let lua = try LuaState()
        do {
            _ = try lua.load("local a = 1\nlocal b = = 2\n", chunkName: "Scenarios/broken.lua")
            Issue.record("expected a syntax error")
        } catch {
            guard case .syntax(let location, let message) = error else { Issue.record("got \(error)"); return }
            #expect(location == SourceLocation(file: "Scenarios/broken.lua", line: 2))
            #expect(message.contains("unexpected symbol"))
        }
        #expect(lua.stackDepth == 0)
    }

    @Test func longChunkNamesAreRestored() throws {
        let lua = try LuaState()
        let long = String(repeating: "deep/", count: 20) + "scenario.lua"
        do { try lua.run("\nerror('boom')", chunkName: long) } catch {
            #expect(error.location == SourceLocation(file: long, line: 2))
        }
        #expect(lua.stackDepth == 0)
    }

    @Test func runtimeErrorHasLocationAndTraceback() throws {
        let lua = try LuaState()
        do {
            try lua.run("local function inner() local x = nil; return x.field end\ninner()", chunkName: "demo.lua")
            Issue.record("expected an error")
        } catch {
            guard case .runtime(let location, let message, let traceback) = error else { Issue.record("got \(error)"); return }
            #expect(location == SourceLocation(file: "demo.lua", line: 1))
            #expect(message.contains("attempt to index"))
            #expect(traceback.contains("stack traceback"))
        }
        #expect(lua.stackDepth == 0)
    }

    @Test func hostFunctionsAreCallableAndTheirErrorsCatchable() throws {
        let lua = try LuaState()
        lua.setGlobal("add", lua.function("add") { args in
            guard let a = args.first?.intValue, let b = args.dropFirst().first?.intValue else {
                throw ScriptError.badArgument(position: 1, function: "add", message: "number expected")
            }
            return [.integer(Int64(a + b))]
        })
        lua.setGlobal("refuse", lua.function("refuse") { _ in throw Refusal() })
        #expect(try lua.run("return add(2, 3)") == [5])
        let caught = try lua.run("local ok, err = pcall(function() refuse() end) return ok, err", chunkName: "host.lua")
        #expect(caught.first == false)
        #expect(caught.last?.stringValue == "host.lua:1: the host refused")
        let bad = try lua.run("local ok, err = pcall(function() return add('x') end) return err", chunkName: "host.lua")
        #expect(bad.first?.stringValue == "host.lua:1: bad argument #1 to 'add' (number expected)")
        do { try lua.run("refuse()", chunkName: "host.lua") } catch {
            #expect(error.location == SourceLocation(file: "host.lua", line: 1))
            #expect(error.message == "the host refused")
        }
        #expect(lua.stackDepth == 0)
    }

    @Test func hostFunctionsCanCallBackIntoLua() throws {
        let lua = try LuaState()
        let twice = try #require(try lua.run("return function(x) return x * 2 end").first?.functionValue)
        lua.setGlobal("viaHost", lua.function("viaHost") { args in try lua.call(twice, args) })
        #expect(try lua.run("return viaHost(21)") == [42])
        #expect(lua.stackDepth == 0)
    }

    @Test func errorObjectsThatAreNotStrings() throws {
        let lua = try LuaState()
        do { try lua.run("error({code = 1})") } catch {
            #expect(error.message.contains("table value"))
        }
        do { try lua.run("error(setmetatable({}, {__tostring = function() return 'custom' end}))") } catch {
            #expect(error.message == "custom")
        }
        #expect(lua.stackDepth == 0)
    }
}
