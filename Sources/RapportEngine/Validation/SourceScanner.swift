/// What a token scan of a scenario's source finds without running it: calls with a string literal argument
/// (`customer:meet("refund")`), uses of what the sandbox removes, and assignments to undeclared globals.
struct SourceScanner {
    /// A call such as `customer:reveal("rent")` or `turn:has "apology"`: the method or function name and the literal.
    struct LiteralCall: Sendable, Hashable {
        var function: String
        var argument: String
        var line: Int
        var column: Int
    }

    /// A name used where the sandbox has nothing (`io.open`, `require`), with why.
    struct RemovedUse: Sendable, Hashable {
        var name: String
        var reason: String
        var line: Int
        var column: Int
    }

    /// An assignment `name = …` or `function name()` to a global that is not declared.
    struct GlobalAssignment: Sendable, Hashable {
        var name: String
        var line: Int
        var column: Int
    }

    private(set) var calls: [LiteralCall] = []
    private(set) var removed: [RemovedUse] = []
    private(set) var globals: [GlobalAssignment] = []

    /// Globals that exist in every scenario state (assigning them is not an undeclared-global error).
    static let knownGlobals: Set<String> = [
        "_G", "_VERSION", "assert", "collectgarbage", "error", "getmetatable", "ipairs", "load", "next", "pairs", "pcall",
        "print", "rawequal", "rawget", "rawlen", "rawset", "select", "setmetatable", "tonumber", "tostring", "type", "xpcall",
        "coroutine", "math", "os", "string", "table", "utf8", "rapport", "scenario",
    ]

    /// Whole libraries the sandbox does not open.
    static let removedLibraries: [String: String] = [
        "io": "the sandbox has no 'io' library: a scenario cannot read or write files",
        "debug": "the sandbox has no 'debug' library",
        "package": "the sandbox has no 'package' library: a scenario is one self-contained file",
    ]

    /// Global functions the sandbox removes (or Lua 5.4 no longer has).
    static let removedFunctions: [String: String] = [
        "require": "the sandbox has no 'require': a scenario is one self-contained file (put helpers in locals)",
        "dofile": "the sandbox has no 'dofile': a scenario cannot run other files",
        "loadfile": "the sandbox has no 'loadfile': a scenario cannot read other files",
        "warn": "the sandbox has no 'warn': use print, which notes lines in the transcript",
        "setfenv": "'setfenv' does not exist in Lua 5.4 (and environments cannot be changed in the sandbox)",
        "getfenv": "'getfenv' does not exist in Lua 5.4",
        "loadstring": "'loadstring' does not exist in Lua 5.4; use load",
        "module": "'module' does not exist in Lua 5.4",
        "unpack": "'unpack' does not exist in Lua 5.4; use table.unpack",
    ]

    /// The `os` functions the sandbox keeps (on the virtual clock).
    static let allowedOS: Set<String> = ["time", "clock", "date"]

    /// Scans `source`.
    init(source: String) {
        let tokens = LuaLexer.tokens(of: source)
        var scopes = LocalScopes()
        // Innermost construct first: true for a table constructor, false for a block (function, do, if, repeat).
        var inTable: [Bool] = []
        for (i, token) in tokens.enumerated() {
            scopes.step(tokens, at: i)
            let previous = i > 0 ? tokens[i - 1] : nil
            let following = i + 1 < tokens.count ? tokens[i + 1] : nil
            let isField = previous.map { $0.isSymbol(".") || $0.isSymbol(":") } ?? false
            switch token.kind {
            case .keyword:
                switch token.text {
                case "function", "do", "if", "repeat": inTable.append(false)
                case "end", "until": if inTable.last == false { inTable.removeLast() }
                default: break
                }
            case .symbol:
                if token.text == "{" { inTable.append(true) }
                if token.text == "}", inTable.last == true { inTable.removeLast() }
            case .name:
                if let argument = Self.literalArgument(tokens, after: i) {
                    calls.append(LiteralCall(function: token.text, argument: argument.text, line: argument.line, column: argument.column))
                }
                // The first name of a statement: if it starts an assignment, check every plain name it assigns.
                let statementStart = !isField && previous.map { !($0.isSymbol(",") || $0.isKeyword("local") || $0.isKeyword("for")) } ?? true
                if statementStart, inTable.last != true, let targets = LocalScopes.assignmentTargets(tokens, from: i) {
                    for k in targets where !scopes.contains(tokens[k].text) && !Self.knownGlobals.contains(tokens[k].text) {
                        globals.append(GlobalAssignment(name: tokens[k].text, line: tokens[k].line, column: tokens[k].column))
                    }
                }
                guard !isField, !scopes.contains(token.text) else { continue }
                checkRemoved(token, tokens: tokens, index: i)
                let definesFunction = previous?.isKeyword("function") == true && i >= 2 && !tokens[i - 2].isKeyword("local")
                    && following.map { $0.isSymbol("(") } == true
                if definesFunction, !Self.knownGlobals.contains(token.text) {
                    globals.append(GlobalAssignment(name: token.text, line: token.line, column: token.column))
                }
            default:
                break
            }
        }
    }

    /// Records `io.open`, `os.execute`, `string.dump`, `require(...)` and the like.
    mutating func checkRemoved(_ token: LuaToken, tokens: [LuaToken], index i: Int) {
        let following = i + 1 < tokens.count ? tokens[i + 1] : nil
        let member = i + 2 < tokens.count && (following?.isSymbol(".") == true || following?.isSymbol(":") == true) ? tokens[i + 2] : nil
        if let reason = Self.removedLibraries[token.text], following.map({ $0.isSymbol(".") || $0.isSymbol("[") || $0.isSymbol(":") }) == true {
            let name = member.map { "\(token.text).\($0.text)" } ?? token.text
            removed.append(RemovedUse(name: name, reason: reason, line: token.line, column: token.column))
        } else if token.text == "os", let member, member.kind == .name, !Self.allowedOS.contains(member.text) {
            removed.append(RemovedUse(name: "os.\(member.text)", reason: "the sandbox keeps only os.time, os.clock and os.date",
                                      line: token.line, column: token.column))
        } else if token.text == "string", let member, member.text == "dump" {
            removed.append(RemovedUse(name: "string.dump", reason: "the sandbox has no 'string.dump'", line: token.line, column: token.column))
        } else if let reason = Self.removedFunctions[token.text],
                  following.map({ $0.isSymbol("(") || $0.kind == .string || $0.isSymbol("{") }) == true {
            removed.append(RemovedUse(name: token.text, reason: reason, line: token.line, column: token.column))
        }
    }

    /// The string literal of `name("x")` or `name "x"` that follows the name at `index`, if any.
    static func literalArgument(_ tokens: [LuaToken], after index: Int) -> LuaToken? {
        guard index + 1 < tokens.count else { return nil }
        if tokens[index + 1].kind == .string { return tokens[index + 1] }
        if tokens[index + 1].isSymbol("("), index + 3 < tokens.count, tokens[index + 2].kind == .string,
           tokens[index + 3].isSymbol(")") || tokens[index + 3].isSymbol(",") {
            return tokens[index + 2]
        }
        return nil
    }
}
