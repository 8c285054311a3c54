/// One token of Lua source, with its 1-based line and column (columns count characters, not bytes).
struct LuaToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case name
        case keyword
        case string
        case number
        case symbol
    }

    var kind: Kind
    /// The name, keyword or symbol as written; for strings, the decoded contents (escapes kept as written).
    var text: String
    var line: Int
    var column: Int

    func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }
    func isKeyword(_ s: String) -> Bool { kind == .keyword && text == s }
}

/// A tolerant Lua 5.4 tokenizer for static checks: it skips comments, understands short and long strings, and
/// never fails (an unterminated string or comment simply ends the token stream).
struct LuaLexer {
    static let keywords: Set<String> = [
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in", "local",
        "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
    ]

    let bytes: [UInt8]
    var position = 0
    var line = 1
    var lineStart = 0

    init(source: String) {
        bytes = Array(source.utf8)
    }

    /// All tokens of the source, in order.
    static func tokens(of source: String) -> [LuaToken] {
        var lexer = LuaLexer(source: source)
        var tokens: [LuaToken] = []
        while let token = lexer.next() { tokens.append(token) }
        return tokens
    }

    func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    /// The column of byte offset `at` on the current line, counting characters (UTF-8 lead bytes).
    func column(at offset: Int) -> Int {
        var column = 1
        var i = lineStart
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }

    mutating func advance() {
        if bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        position += 1
    }

    /// `[[`, `[==[`: the number of `=` signs, or nil when the bracket does not open a long string.
    func longBracketLevel() -> Int? {
        guard peek() == UInt8(ascii: "[") else { return nil }
        var level = 0
        while peek(1 + level) == UInt8(ascii: "=") { level += 1 }
        return peek(1 + level) == UInt8(ascii: "[") ? level : nil
    }

    /// Skips a long bracket of `level` (the opening bracket included) and returns its contents.
    mutating func skipLongBracket(level: Int) -> String {
        for _ in 0..<(level + 2) { advance() }
        let start = position
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "]") {
                var n = 0
                while peek(1 + n) == UInt8(ascii: "=") { n += 1 }
                if n == level, peek(1 + n) == UInt8(ascii: "]") {
                    let text = String(decoding: bytes[start..<position], as: UTF8.self)
                    for _ in 0..<(level + 2) { advance() }
                    return text
                }
            }
            advance()
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// The next token, or nil at the end.
    mutating func next() -> LuaToken? {
        while position < bytes.count {
            let c = bytes[position]
            if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A || c == 0x0B || c == 0x0C {
                advance()
                continue
            }
            if c == UInt8(ascii: "-"), peek(1) == UInt8(ascii: "-") {
                advance(); advance()
                if let level = longBracketLevel() {
                    _ = skipLongBracket(level: level)
                } else {
                    while position < bytes.count, bytes[position] != 0x0A { advance() }
                }
                continue
            }
            let startLine = line
            let startColumn = column(at: position)
            if isNameStart(c) {
                let start = position
                while position < bytes.count, isNameStart(bytes[position]) || isDigit(bytes[position]) { advance() }
                let text = String(decoding: bytes[start..<position], as: UTF8.self)
                return LuaToken(kind: Self.keywords.contains(text) ? .keyword : .name, text: text, line: startLine, column: startColumn)
            }
            if isDigit(c) || (c == UInt8(ascii: ".") && peek(1).map(isDigit) == true) {
                let start = position
                while position < bytes.count {
                    let b = bytes[position]
                    if isDigit(b) || isNameStart(b) || b == UInt8(ascii: ".") {
                        advance()
                    } else if (b == UInt8(ascii: "+") || b == UInt8(ascii: "-")), position > start,
                              [UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "p"), UInt8(ascii: "P")].contains(bytes[position - 1]) {
                        advance()
                    } else {
                        break
                    }
                }
                return LuaToken(kind: .number, text: String(decoding: bytes[start..<position], as: UTF8.self), line: startLine, column: startColumn)
            }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                advance()
                let start = position
                while position < bytes.count, bytes[position] != c, bytes[position] != 0x0A {
                    if bytes[position] == UInt8(ascii: "\\"), position + 1 < bytes.count { advance() }
                    advance()
                }
                let text = String(decoding: bytes[start..<min(position, bytes.count)], as: UTF8.self)
                if position < bytes.count, bytes[position] == c { advance() }
                return LuaToken(kind: .string, text: text, line: startLine, column: startColumn)
            }
            if let level = longBracketLevel() {
                let text = skipLongBracket(level: level)
                return LuaToken(kind: .string, text: text, line: startLine, column: startColumn)
            }
            return LuaToken(kind: .symbol, text: symbol(), line: startLine, column: startColumn)
        }
        return nil
    }

    /// Reads a one-, two- or three-character operator.
    mutating func symbol() -> String {
        let three = ["..."]
        let two = ["==", "~=", "<=", ">=", "..", "::", "//", "<<", ">>"]
        for candidate in three + two {
            let utf8 = Array(candidate.utf8)
            if position + utf8.count <= bytes.count, Array(bytes[position..<(position + utf8.count)]) == utf8 {
                for _ in utf8 { advance() }
                return candidate
            }
        }
        let c = bytes[position]
        advance()
        return String(decoding: [c], as: UTF8.self)
    }

    func isNameStart(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || c == UInt8(ascii: "_")
    }

    func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
}
