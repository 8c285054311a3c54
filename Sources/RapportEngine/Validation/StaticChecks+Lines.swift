import LuaBridge
import RapportCore

extension StaticChecks {
    /// Every customer line the scenario declares, with where it comes from (`opening`, `lines.upset`, …).
    static func declaredLines(_ spec: LuaTable) -> [(origin: String, key: String, text: String)] {
        var found: [(String, String, String)] = []
        func add(_ value: LuaValue, origin: String, key: String) {
            switch value {
            case .string(let s): found.append((origin, key, s))
            case .table(let t): for element in t.array { if let s = element.stringValue { found.append((origin, key, s)) } }
            default: break
            }
        }
        add(spec["opening"], origin: "the opening", key: "opening")
        if let lines = spec["lines"].tableValue {
            for band in lines.stringKeys { add(lines[band], origin: "lines.\(band)", key: band) }
        }
        if let closing = spec["closing"].tableValue {
            for outcome in closing.stringKeys { add(closing[outcome], origin: "closing.\(outcome)", key: outcome) }
        }
        for element in spec["persona"].tableValue?["story"].tableValue?.array ?? [] {
            guard let part = element.tableValue, let id = part["id"].stringValue else { continue }
            add(part["line"], origin: "the line of story part '\(id)'", key: "line")
        }
        return found
    }

    /// Empty and over-long lines (RP0014), and `lines`/`closing` keys the engine never looks up (RP0008, warning).
    mutating func checkLines(_ spec: LuaTable) {
        for (origin, key, text) in Self.declaredLines(spec) {
            let line = location(of: text, key: key)
            if text.allSatisfy(\.isWhitespace) {
                report(.badLine, line: line, "\(origin) has an empty line")
            } else if text.count > Self.maximumLineLength {
                report(.badLine, line: line,
                       "\(origin) has a line of \(text.count) characters; customer lines must be at most \(Self.maximumLineLength) (split it, or cut it down)")
            }
        }
        if let lines = spec["lines"].tableValue {
            for band in lines.stringKeys where !Self.lineKeys.contains(band) {
                report(.undefinedReference, .warning, line: index.line(ofKey: band),
                       "lines.\(band) is never used: the mood bands are furious, upset, neutral, calm and pleased (or default)")
            }
        }
        if let closing = spec["closing"].tableValue {
            for key in closing.stringKeys where Outcome(rawValue: key) == nil {
                report(.undefinedReference, .warning, line: index.line(ofKey: key),
                       "closing.\(key) is never used: the endings are resolved, escalated, abandoned and unresolved")
            }
        }
    }

    /// The line of a customer line in the source: where its first words are written, else its key.
    func location(of text: String, key: String) -> Int? {
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let probe = String(firstLine.prefix(40))
        if !probe.allSatisfy(\.isWhitespace), let line = index.line(containing: probe) { return line }
        if text.isEmpty || text.allSatisfy(\.isWhitespace) {
            for quote in ["\"\(text)\"", "'\(text)'"] { if let line = index.line(containing: quote) { return line } }
        }
        return index.line(ofKey: key)
    }
}
