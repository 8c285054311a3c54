import Testing
@testable import LuaBridge

@Suite struct PhraseFunctionTests {
    /// Loads the two functions as globals `one` and `any`.
    func state() throws -> LuaState {
        let lua = try LuaState()
        let install = try #require(try lua.run("return function(f) one, any = f.contains_one, f.contains_any end").first?.functionValue)
        try lua.call(install, [lua.phraseFunctions()])
        return lua
    }

    @Test(arguments: ["refund", "REFUND", "Refund Now", "", "not there", "ünïcode", "%d+", "a", "want a refund now!", "now!!"])
    func oneAgreesWithLowerThenPlainFind(phrase: String) throws {
        let lua = try state()
        lua.setGlobal("p", .string(phrase))
        let fast = try lua.run("return one('i want a refund now! ünïcode', p)")
        let slow = try lua.run("return string.find('i want a refund now! ünïcode', string.lower(p), 1, true) ~= nil")
        #expect(fast == slow)
    }

    @Test func anyFindsTheFirstMatchOrSaysItCannotDecide() throws {
        let lua = try state()
        #expect(try lua.run("return any('call me back', { 'refund', 'BACK' })") == [.boolean(true)])
        #expect(try lua.run("return any('call me back', { 'refund', 'later' })") == [.boolean(false)])
        #expect(try lua.run("return any('call me back', {})") == [.boolean(false)])
        // Undecided: an element that is not a string before any hit, a metatable, a long phrase, a non-string text.
        #expect(try lua.run("return any('call me back', { 'x', 5, 'back' })") == [.nil])
        #expect(try lua.run("return any('call me back', { 'back', 5 })") == [.boolean(true)])
        #expect(try lua.run("return any('call me back', setmetatable({ 'back' }, {}))") == [.nil])
        #expect(try lua.run("return any('call me back', { string.rep('a', 300) })") == [.nil])
        #expect(try lua.run("return one('call me back', string.rep('a', 300))") == [.nil])
        #expect(try lua.run("return any(5, { 'back' }), one(nil, 'x'), one('x', 5)") == [.nil, .nil, .nil])
        // Stops at the first nil, as ipairs does.
        #expect(try lua.run("return any('call me back', { 'x', nil, 'back' })") == [.boolean(false)])
        #expect(lua.stackDepth == 0)
    }
}
