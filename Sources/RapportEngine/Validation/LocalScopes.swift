/// The local names visible at each point of a token scan, block by block, as Lua scopes them: a `local` is seen
/// from its statement to the end of its block; parameters in their function; loop variables in their loop.
///
/// Fed every token in order with ``step(_:at:)``; ``contains(_:)`` then answers for the token just stepped over.
/// It errs towards "declared": a name declared anywhere in an enclosing block counts from the declaration on,
/// so the undeclared-global check never mistakes a local for a global.
struct LocalScopes {
    /// Innermost block last. Never empty: the chunk's own block is the first.
    private var stack: [Set<String>] = [[]]
    /// Loop variables of a `for` waiting for the `do` that opens their block.
    private var pendingLoop: Set<String> = []

    /// True when `name` is a local visible here.
    func contains(_ name: String) -> Bool { stack.contains { $0.contains(name) } }

    /// Updates the scopes for the token at `index`: declarations (`local`, `for`, `function` parameters) and block
    /// boundaries (`function`, `do`, `then`, `elseif`, `else`, `end`, `repeat`, `until`).
    mutating func step(_ tokens: [LuaToken], at index: Int) {
        let token = tokens[index]
        guard token.kind == .keyword else { return }
        switch token.text {
        case "local":
            if index + 2 < tokens.count, tokens[index + 1].isKeyword("function") {
                declare([tokens[index + 2].text])
            } else {
                declare(Self.nameList(tokens, from: index + 1))
            }
        case "for":
            pendingLoop = Set(Self.nameList(tokens, from: index + 1))
        case "function":
            var j = index + 1
            while j < tokens.count, !tokens[j].isSymbol("(") { j += 1 }
            stack.append(Set(Self.nameList(tokens, from: j + 1)))
        case "do":
            stack.append(pendingLoop)
            pendingLoop = []
        case "then", "repeat":
            stack.append([])
        case "elseif", "end", "until":
            pop()
        case "else":
            pop()
            stack.append([])
        default:
            break
        }
    }

    private mutating func declare(_ names: [String]) {
        stack[stack.count - 1].formUnion(names)
    }

    private mutating func pop() {
        if stack.count > 1 { stack.removeLast() }
    }

    /// The names of `a, b <const>, c` starting at `start`.
    static func nameList(_ tokens: [LuaToken], from start: Int) -> [String] {
        var names: [String] = []
        var j = start
        while j < tokens.count, tokens[j].kind == .name {
            names.append(tokens[j].text)
            j += 1
            if j < tokens.count, tokens[j].isSymbol("<") { j += 3 }  // <const>, <close>
            guard j < tokens.count, tokens[j].isSymbol(",") else { break }
            j += 1
        }
        return names
    }

    /// The plain names assigned by the statement that starts at `start`, when it is an assignment
    /// (`a = 1`, `a, b = f()`, `t.x, c = …`: `a`, `b`, `c`), or nil when it is not.
    static func assignmentTargets(_ tokens: [LuaToken], from start: Int) -> [Int]? {
        var targets: [Int] = []
        var j = start, depth = 0, itemStart = true
        while j < tokens.count {
            let t = tokens[j]
            defer { j += 1 }
            if depth > 0 {
                if t.isSymbol("(") || t.isSymbol("[") || t.isSymbol("{") { depth += 1 }
                if t.isSymbol(")") || t.isSymbol("]") || t.isSymbol("}") { depth -= 1 }
                continue
            }
            if t.isSymbol("=") { return targets }
            if t.isSymbol(",") { itemStart = true; continue }
            if t.kind == .name {
                if itemStart, j + 1 < tokens.count, tokens[j + 1].isSymbol(",") || tokens[j + 1].isSymbol("=") { targets.append(j) }
                itemStart = false
                continue
            }
            if t.isSymbol(".") || t.isSymbol(":") || t.kind == .string { itemStart = false; continue }
            if t.isSymbol("(") || t.isSymbol("[") || t.isSymbol("{") { depth = 1; itemStart = false; continue }
            return nil
        }
        return nil
    }
}
