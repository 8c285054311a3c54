/// The symbols the screen uses, in Unicode or in plain ASCII for terminals that are not UTF-8.
struct Glyphs: Equatable {
    var openQuote: String, closeQuote: String, dash: String, bullet: String, arrow: String, pointer: String
    var tick: String, cross: String, pending: String, filled: String, empty: String
    /// Mood sparkline steps, lowest first.
    var levels: [Character]

    static let unicode = Glyphs(openQuote: "\u{201C}", closeQuote: "\u{201D}", dash: "\u{2014}", bullet: "\u{00B7}", arrow: "\u{2192}",
                                pointer: "\u{25B8}", tick: "\u{2713}", cross: "\u{2717}", pending: "\u{00B7}", filled: "\u{25CF}",
                                empty: "\u{25CB}", levels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"])
    static let ascii = Glyphs(openQuote: "\"", closeQuote: "\"", dash: "--", bullet: "|", arrow: "->", pointer: ">",
                              tick: "+", cross: "x", pending: ".", filled: "*", empty: ".", levels: ["_", ".", "-", "~", "=", "+", "*", "#"])

    /// The glyphs for a profile.
    static func `for`(_ profile: TerminalProfile) -> Glyphs { profile.unicode ? .unicode : .ascii }

    /// `text` in quotes.
    func quoted(_ text: String) -> String { openQuote + text + closeQuote }

    /// Difficulty 1–5 as filled and empty dots.
    func difficulty(_ level: Int) -> String {
        let n = min(5, max(0, level))
        return String(repeating: filled, count: n) + String(repeating: empty, count: 5 - n)
    }

    /// A curve of values from `lower` to `upper` as a row of level characters.
    func sparkline(_ values: [Int], lower: Int = -100, upper: Int = 100) -> String {
        String(values.map { value in
            let clamped = min(upper, max(lower, value))
            return levels[(clamped - lower) * (levels.count - 1) / max(1, upper - lower)]
        })
    }
}
