import Testing
@testable import LuaBridge

/// string.gmatch steps over long subjects are remembered per state, beside the find/match answers (text_memo.c, a
/// wide memo): a remembered step must push what a fresh one pushes and move its iterator the same way, whatever came
/// before (loops left early, other subjects, other patterns), must leave the Lua heap exactly as a fresh step does,
/// and must never be taken for another subject's step, even one at the same address after a restore.
@Suite struct GmatchMemoTests {
    static let subject = "Is the bill paid? I think so... Call me at 10:30, or 3 pm! ref AB-1234 (nested (parens)) done."
    /// Lua expressions over `s`, the subject, each collecting an iteration into a list: whole matches, captures,
    /// position captures, empty matches, an init value, a '^' that is not an anchor, a loop left early.
    static let iterations = [
        "[^%.!%?]+[%.!%?]", "%S+", "(%a+)%s*(%d*)", "()%d+()", "%a*", "x*", "^%a+", "%f[%w]%w+", "%b()", "[A-Z][A-Z]%-%d+",
    ].map { "local out = {} for a, b in string.gmatch(s, '\($0)') do out[#out + 1] = tostring(a) .. '|' .. tostring(b) end return table.concat(out, ',')" } + [
        "local out = {} for w in string.gmatch(s, '%a+', 20) do out[#out + 1] = w end return table.concat(out, ',')",
        "local out = {} for w in string.gmatch(s, '%a+', -12) do out[#out + 1] = w end return table.concat(out, ',')",
        "local n = 0 for w in string.gmatch(s, '%a+') do n = n + 1 if n == 3 then return w end end",
        "local total = 0 for sentence in string.gmatch(s .. '.', '[^%.!%?]+[%.!%?]') do for _ in string.gmatch(sentence, '%S+') do total = total + 1 end end return total",
        "local it = string.gmatch(s, '%d+') return it(), it(), it(), it(), it()",
    ]

    func results(_ lua: LuaState, _ code: String, subject: String = Self.subject) throws -> [LuaValue] {
        lua.setGlobal("s", .string(subject))
        return try lua.run(code)
    }

    @Test func rememberedStepsEqualFreshOnes() throws {
        try MemoChecks.rememberedEqualFresh(Self.iterations, rounds: 3) { lua, code in try results(lua, code) }
    }

    @Test func manySubjectsStayCorrectAsTheMemoDropsOldOnes() throws {
        // More subjects than the memo keeps (RLUA_MEMO_WIDE_TEXTS), each searched twice: every answer is its own.
        let lua = try LuaState()
        let code = "local out = {} for w in string.gmatch(s, '%d+') do out[#out + 1] = w end return table.concat(out, ',')"
        for round in 0..<2 {
            for n in 0..<600 {
                let subject = "subject number \(n) of many, then \(n * 7) and \(n + round * 0)"
                #expect(try results(lua, code, subject: subject) == [.string("\(n),\(n * 7),\(n)")])
            }
        }
    }

    @Test func aRememberedStepMakesTheSameAllocationsAsAFreshOne() throws {
        try MemoChecks.sameAllocations(
            setup: "s = string.rep('Filler words here. ', 6) .. 'call me at 10:30 (ref AB-1234)!'",
            code: "local out = {} for a in string.gmatch(s, '[^%.!%?]+[%.!%?]') do for w in string.gmatch(a, '%S+') do out[#out + 1] = w end end return #out, out[3]")
    }

    @Test func anotherSubjectAtTheSameAddressIsNotTakenForTheFirst() throws {
        // After a restore the allocator hands out the same addresses again, so the second subject (same length,
        // other bytes) is made where the first one was: its steps must be its own.
        let lua = try LuaState(snapshots: true)
        let start = try #require(lua.snapshot())
        let code = "local out = {} for w in string.gmatch(string.rep(word, 8, ' '), '%a+') do out[#out + 1] = w end return table.concat(out, ','), #out"
        lua.setGlobal("word", .string("alpha1"))
        let first = try lua.run(code)
        #expect(lua.restore(start))
        lua.setGlobal("word", .string("beta22"))
        let second = try lua.run(code)
        #expect(first == [.string(Array(repeating: "alpha", count: 8).joined(separator: ",")), .integer(8)])
        #expect(second == [.string(Array(repeating: "beta", count: 8).joined(separator: ",")), .integer(8)])
    }
}
