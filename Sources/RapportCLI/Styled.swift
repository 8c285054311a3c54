/// How a run of text looks. Colour is applied only when the terminal profile allows it.
enum TextStyle: Equatable {
    case plain, bold, dim, name, good, bad, warn, accent, goodMark, badMark

    /// The SGR escape sequence that starts the style (empty for plain).
    var ansi: String {
        switch self {
        case .plain: ""
        case .bold, .name: "\u{1B}[1m"
        case .dim: "\u{1B}[2m"
        case .good: "\u{1B}[32m"
        case .bad: "\u{1B}[31m"
        case .warn: "\u{1B}[33m"
        case .accent: "\u{1B}[36m"
        case .goodMark: "\u{1B}[1;32m"
        case .badMark: "\u{1B}[1;31m"
        }
    }

    /// Ends any style.
    static let reset = "\u{1B}[0m"
}

/// Text made of styled runs, wrapped and coloured (or not) by ``Screen``. Run text may come from scenarios:
/// the screen sanitizes every run before printing it.
struct Styled: Equatable, ExpressibleByStringLiteral {
    /// One stretch of text in one style.
    struct Run: Equatable {
        var text: String
        var style: TextStyle
    }

    var runs: [Run]

    init(_ text: String = "", _ style: TextStyle = .plain) {
        runs = text.isEmpty ? [] : [Run(text: text, style: style)]
    }

    init(runs: [Run]) { self.runs = runs }

    init(stringLiteral value: String) { self.init(value) }

    /// The text without styles.
    var plain: String { runs.map(\.text).joined() }

    var isEmpty: Bool { runs.allSatisfy { $0.text.isEmpty } }

    static func + (lhs: Styled, rhs: Styled) -> Styled { Styled(runs: lhs.runs + rhs.runs) }

    static func += (lhs: inout Styled, rhs: Styled) { lhs.runs += rhs.runs }

    /// The parts joined with `separator` between them.
    static func join(_ parts: [Styled], separator: Styled) -> Styled {
        var out = Styled()
        for (k, part) in parts.enumerated() {
            if k > 0 { out += separator }
            out += part
        }
        return out
    }
}
