import Testing
@testable import LuaBridge

/// string.find and string.match answers for long subjects are remembered per state (text_memo.c): a remembered
/// answer must equal a fresh one, whatever mix of patterns, options and functions came before, and must leave the
/// Lua heap exactly as a fresh answer does.
@Suite struct FindMemoTests {
    static let subject = String(repeating: "Filler words, ", count: 8) + "call me at 10:30 or 3 pm; ref AB-1234, (nested (parens)) done."
    /// Lua expressions over `s`, the subject: finds and matches with captures, position captures, anchors, init
    /// values, plain searches, failures.
    static let searches = [
        "string.find(s, '%d%d?:%d%d')", "string.find(s, '%d%d?:%d%d', 1, true)", "string.find(s, '%d+%s*[ap]%.?m%f[%A]')",
        "string.match(s, '(%d+):(%d+)')", "string.find(s, '(%d+):(%d+)')", "string.match(s, '()ref()')",
        "string.find(s, 'ref', 1, true)", "string.find(s, 'ref', 200)", "string.find(s, 'ref', -30)", "string.find(s, 'ref', -3)",
        "string.match(s, '^Filler')", "string.match(s, '^words')", "string.find(s, '%f[%w]ab%f[%W]')", "string.match(s, '%b()')",
        "string.find(s, 'nothing here')", "string.match(s, '[A-Z][A-Z]%-(%d+)')", "string.match(s, '.-,')", "string.find(s, '')",
        "string.match(s, '(F)(i)(l)(l)(e)(r)')", "string.find(s, 'words', 5)", "string.find(s, 'words', 5, false)",
    ]

    func results(_ lua: LuaState, _ search: String) throws -> [LuaValue] {
        lua.setGlobal("s", .string(Self.subject))
        return try lua.run("return \(search)")
    }

    @Test func rememberedAnswersEqualFreshOnes() throws {
        try MemoChecks.rememberedEqualFresh(Self.searches, rounds: 2, run: results)
    }

    @Test func aRememberedAnswerMakesTheSameAllocationsAsAFreshOne() throws {
        let code = "local a, b, c, d = string.find(s, '(%d+):(%d+)'); local e = string.match(s, '%((.-)%)'); return a, b, c, d, e"
        let (lua, start, afterFresh) = try MemoChecks.sameAllocations(
            setup: "s = string.rep('Filler words, ', 8) .. 'call me at 10:30 (ref AB-1234)'", code: code)
        // The comparison sees a single extra allocation.
        #expect(lua.restore(start))
        _ = try lua.run(code + ", {}")
        let afterMore = try #require(lua.snapshot())
        #expect(!afterFresh.hasSameAllocations(as: afterMore))
    }
}
