import Testing
@testable import LuaBridge

@Suite struct DirectCallTests {
    @Test func argumentsArePushedAndResultsReadInPlace() throws {
        let lua = try LuaState()
        let echo = try #require(try lua.run("""
            return function(t, n, b)
              return { sum = t.a + n, list = { t.list[2], 7, 'x', nil, 'after a gap' }, flag = b, half = 2.0,
                       name = t.name .. '!', events = { { id = 'e1', kind = 'k' }, 'not a table', { kind = 'no id' } } }
            end
            """).first?.functionValue)
        struct Read: Equatable {
            var sum: Int?, half: Int?, strings: [String]?, flag: Bool, name: String?, missing: Bool, events: [String]
        }
        let read = try lua.call(echo, pushing: { w in
            w.pushTable(arrayCount: 0, fieldCount: 3)
            w.push(40)
            w.set("a")
            w.push("Ann")
            w.set("name" as String)
            w.pushTable(arrayCount: 2)
            w.push("one")
            w.set(index: 1)
            w.push("two")
            w.set(index: 2)
            w.set("list")
            w.push(2)
            w.push(true)
        }, reading: { results in
            let t = results[0]
            var events: [String] = []
            t.field("events") { list in
                list.forEachElement { event in
                    if event.isTable, let id = event.field("id", { $0.stringValue }) { events.append(id) }
                }
            }
            return Read(sum: t.field("sum") { $0.intValue }, half: t.field("half") { $0.intValue },
                        strings: t.field("list") { $0.stringElements }, flag: t.field("flag") { $0.isTruthy },
                        name: t.field("name") { $0.stringValue }, missing: t.field("nope") { $0.isNil }, events: events)
        })
        #expect(read == Read(sum: 42, half: 2, strings: ["two", "x"], flag: true, name: "Ann!", missing: true, events: ["e1"]))
        #expect(lua.stackDepth == 0)
    }

    @Test func aNonTableResultReadsAsAbsentFields() throws {
        let lua = try LuaState()
        let f = try #require(try lua.run("return function() return 5 end").first?.functionValue)
        let read = try lua.call(f, pushing: { _ in }, reading: { results in
            (results.count, results[0].field("x") { $0.isNil }, results[0].stringElements == nil)
        })
        #expect(read == (1, true, true))
        #expect(lua.stackDepth == 0)
    }

    @Test func anErrorLeavesTheStackBalanced() throws {
        let lua = try LuaState()
        let f = try #require(try lua.run("return function(t) return t.x.y end").first?.functionValue)
        #expect(throws: ScriptError.self) {
            try lua.call(f, pushing: { w in w.pushTable() }, reading: { _ in 0 })
        }
        #expect(lua.stackDepth == 0)
    }
}
