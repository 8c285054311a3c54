import Testing
@testable import LuaBridge

@Suite struct PhraseFunctionTests {
    /// Loads the two functions as globals `one` and `any`.
    func state() throws -> LuaState {
        let lua = try LuaState()
        let install = try #require(try lua.run(
            "return function(f) one, any, all = f.contains_one, f.contains_any, f.mentions_all end").first?.functionValue)
        try lua.call(install, [lua.phraseFunctions()])
        return lua
    }

    /// The C `Turn:mentions` answers as the Lua method it stands for: through `mentions_all` once the turn has its
    /// lowered text, through the method itself before (which lowers it), through the loop when undecided.
    @Test func turnMentionsAnswersAsTheLuaMethod() throws {
        let lua = try LuaState()
        let install = try #require(try lua.run("return function(f) make = f.make_turn_mentions; all = f.mentions_all end").first?.functionValue)
        try lua.call(install, [lua.phraseFunctions()])
        let script = """
        local calls = { method = 0, loop = 0 }
        local function loop(lowered, ...)
          calls.loop = calls.loop + 1
          for i = 1, select("#", ...) do
            local p = select(i, ...)
            if type(p) == "table" then
              for _, q in ipairs(p) do if string.find(lowered, string.lower(tostring(q)), 1, true) then return true end end
            elseif p ~= nil and string.find(lowered, string.lower(tostring(p)), 1, true) then
              return true
            end
          end
          return false
        end
        local function method(self, ...)
          calls.method = calls.method + 1
          local lowered = rawget(self, "_lowered")
          if lowered == nil then lowered = string.lower(self.text or ""); rawset(self, "_lowered", lowered) end
          local hit = all(lowered, ...)
          if hit ~= nil then return hit end
          return loop(lowered, ...)
        end
        local fast = make(method, loop)
        local wrong = 0
        local cases = { { "REFUND" }, { "x", { "y", "Back" } }, { "x", nil, "z" }, {}, { "x", 5 }, { { "x", 12 } },
                        { setmetatable({ "call" }, {}) }, { "nothing", "here" } }
        for _, args in ipairs(cases) do
          local t1, t2 = { text = "Call me BACK about the refund, 12 days" }, { text = "Call me BACK about the refund, 12 days" }
          for _ = 1, 2 do
            if fast(t1, table.unpack(args, 1, 3)) ~= method(t2, table.unpack(args, 1, 3)) then wrong = wrong + 1 end
          end
        end
        local before = calls.method
        fast({ _lowered = 5 }, "5")
        local weird = calls.method - before
        return wrong, calls.loop > 0, weird, select(2, pcall(fast, 5, "x")) == select(2, pcall(method, 5, "x"))
        """
        #expect(try lua.run(script) == [.integer(0), .boolean(true), .integer(1), .boolean(true)])
        #expect(lua.stackDepth == 0)
    }

    /// `mentions_all` gives the answer of the prelude's loop over its arguments (phrases, lists, nils skipped), or nil
    /// when that loop must run: an argument of another type, or one the other two cannot decide, before a hit.
    @Test func allAgreesWithTheLoopOrSaysItCannotDecide() throws {
        let lua = try state()
        let text = "'i want a refund now, or call me back'"
        #expect(try lua.run("return all(\(text), 'REFUND')") == [.boolean(true)])
        #expect(try lua.run("return all(\(text), 'x', nil, { 'y', 'Back' })") == [.boolean(true)])
        #expect(try lua.run("return all(\(text), 'x', { 'y' }, nil, 'z')") == [.boolean(false)])
        #expect(try lua.run("return all(\(text))") == [.boolean(false)])
        #expect(try lua.run("return all(\(text), 'refund', 5)") == [.boolean(true)])
        #expect(try lua.run("return all(\(text), 'x', 5, 'refund')") == [.nil])
        #expect(try lua.run("return all(\(text), { 'x', 5 }, 'refund')") == [.nil])
        #expect(try lua.run("return all(\(text), setmetatable({ 'refund' }, {}))") == [.nil])
        #expect(try lua.run("return all(\(text), string.rep('a', 300), 'refund')") == [.nil])
        #expect(try lua.run("return all(5, 'refund')") == [.nil])
        #expect(lua.stackDepth == 0)
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

/// The answers remembered for texts (text_memo.c, phrase_answers.c) are keyed by content: the same text made again, a list
/// changed between calls, and more texts than the cache holds still get the answers of the plain Lua test.
@Suite struct PhraseCacheTests {
    @Test func rememberedAnswersAgreeWithPlainFind() throws {
        let lua = try PhraseFunctionTests().state()
        let script = """
        local words = { "refund", "Back", "later", "CALL", "manager", "sorry", "now", "xyz", "ba", "", "callback" }
        local disagreements = 0
        local function check(text, list)
          local slow = false
          for _, p in ipairs(list) do
            if string.find(text, string.lower(p), 1, true) then slow = true break end
          end
          if any(text, list) ~= slow then disagreements = disagreements + 1 end
          for _, p in ipairs(list) do
            if one(text, p) ~= (string.find(text, string.lower(p), 1, true) ~= nil) then disagreements = disagreements + 1 end
          end
        end
        -- 150 distinct long texts (more than the cache keeps), each asked about several times, rebuilt each time.
        for round = 1, 3 do
          for i = 1, 150 do
            local text = string.rep("filler text ", 6) .. (i % 3 == 0 and "call me back " or "") ..
                         (i % 5 == 0 and "i want a refund " or "") .. tostring(i)
            local list = { words[i % #words + 1], words[(i * 7) % #words + 1] }
            check(text, list)
            list[2] = words[(i + round) % #words + 1]  -- the same table, changed
            check(text, list)
          end
        end
        return disagreements
        """
        #expect(try lua.run(script) == [.integer(0)])
        #expect(lua.stackDepth == 0)
    }

    /// Answers are kept per phrase with a bit per remembered text: a text slot given to another text must not keep
    /// the old text's bits.
    @Test func aReusedTextSlotForgetsTheOldAnswers() throws {
        let lua = try PhraseFunctionTests().state()
        let script = """
        local wrong = 0
        for round = 1, 3 do
          for i = 1, 200 do
            local has = (i + round) % 2 == 0
            local text = "text number " .. i .. " of round " .. round .. (has and " with the needle" or " without it")
            for _ = 1, 2 do
              if one(text, "NEEDLE") ~= has then wrong = wrong + 1 end
              if any(text, { "haystack", "needle" }) ~= has then wrong = wrong + 1 end
            end
          end
        end
        return wrong
        """
        #expect(try lua.run(script) == [.integer(0)])
    }

    /// The memo skips comparing a text's bytes only while nothing was freed: a string collected and replaced by
    /// another of the same length (in the arena, at the same address) must get its own answers.
    @Test func aCollectedTextAtTheSameAddressGetsItsOwnAnswers() throws {
        let lua = try LuaState(snapshots: true)
        let install = try #require(try lua.run("return function(f) one, any = f.contains_one, f.contains_any end").first?.functionValue)
        try lua.call(install, [lua.phraseFunctions()])
        let script = """
        local wrong = 0
        for i = 1, 50 do
          local word = (i % 2 == 0) and "alpha" or "omega"
          local text = string.rep("padding ", 10) .. word .. string.format("%04d", i)
          if one(text, "ALPHA") ~= (word == "alpha") then wrong = wrong + 1 end
          if any(text, { "omega" }) ~= (word == "omega") then wrong = wrong + 1 end
          text = nil
          collectgarbage("collect")
        end
        return wrong
        """
        #expect(try lua.run(script) == [.integer(0)])
    }

    @Test func aRestoredHeapKeepsCorrectAnswers() throws {
        let lua = try LuaState(snapshots: true)
        let install = try #require(try lua.run("return function(f) one, any = f.contains_one, f.contains_any end").first?.functionValue)
        try lua.call(install, [lua.phraseFunctions()])
        let saved = try #require(lua.snapshot())
        let long = String(repeating: "padding ", count: 20)
        // The same address may now hold another text: answers must follow the bytes.
        #expect(try lua.run("return one('\(long)' .. 'alpha', 'ALPHA')") == [.boolean(true)])
        #expect(lua.restore(saved))
        #expect(try lua.run("return one('\(long)' .. 'omega', 'ALPHA'), one('\(long)' .. 'omega', 'omega')") == [.boolean(false), .boolean(true)])
        #expect(lua.restore(saved))
        #expect(try lua.run("return any('\(long)' .. 'alpha', { 'omega', 'alpha' })") == [.boolean(true)])
    }
}
