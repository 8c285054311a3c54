import LuaBridge
import RapportCore

extension PluginSet {
    /// Adds what the plugins' `analyze` hooks find to `base`: techniques with evidence (attributed to the plugin)
    /// and score adjustments (each at most ±30 points, with the plugin's reason). The score is recomputed from the
    /// whole breakdown.
    public func analyze(_ text: String, context: AnalysisContext, base: ReplyAnalysis) -> ReplyAnalysis {
        analyze(text, context: context, base: base, triggered: triggered(by: text))
    }

    /// Per plugin, whether `text` can concern its `analyze` hook: it has no trigger phrases, or `text` contains one.
    /// A function of the text alone (and of the plugins' triggers, which copies share), so callers may keep it.
    func triggered(by text: String) -> [Bool] {
        var folded: [UInt8]?
        return plugins.map { plugin in
            if plugin.triggers.isEmpty { return true }
            let bytes = folded ?? TriggerSet.fold(text)
            folded = bytes
            return plugin.triggers.matches(bytes)
        }
    }

    /// ``analyze(_:context:base:)`` with `triggered` (what ``triggered(by:)`` says of `text`) worked out already.
    func analyze(_ text: String, context: AnalysisContext, base: ReplyAnalysis, triggered: [Bool]) -> ReplyAnalysis {
        var analysis = base
        var changed = false
        for (index, plugin) in plugins.enumerated() where plugin.isEnabled && plugin.analyzeHook != nil {
            guard triggered[index] else { continue }
            let contextValue = LuaValue.table(LuaTable([
                "customer_text": context.customerText.map(LuaValue.string) ?? .nil,
                "customer_name": context.customerName.map(LuaValue.string) ?? .nil,
                "empathy": .integer(Int64(base.empathy)),
                "techniques": .table(LuaTable(array: base.techniques.map { .string($0.rawValue) })),
            ]))
            guard case .table(let result) = run(plugin, plugin.analyzeHook, [.string(text), contextValue]) else { continue }
            changed = merge(result, from: plugin.manifest.name, text: text, into: &analysis) || changed
        }
        if changed {
            let total = analysis.breakdown.reduce(0) { $0 + $1.points }
            analysis.empathy = Int(min(100, max(0, total)).rounded())
        }
        return analysis
    }

    /// Merges one plugin's `analyze` result. Returns true when anything was added.
    func merge(_ result: LuaTable, from name: String, text: String, into analysis: inout ReplyAnalysis) -> Bool {
        var changed = false
        let offsets = ByteOffsets(text)
        for element in result["techniques"].tableValue?.array ?? [] {
            guard let finding = element.tableValue, let raw = finding["technique"].stringValue, let technique = Technique(rawValue: raw) else { continue }
            let first = finding["first"].intValue ?? 1
            let last = finding["last"].intValue ?? 0
            if let (start, end, quote) = offsets.span(first: first, last: last) {
                analysis.evidence.append(Evidence(technique: technique, start: start, end: end, text: quote, source: name))
            }
            if !analysis.techniques.contains(technique) {
                analysis.techniques.append(technique)
                analysis.techniques.sort()
            }
            changed = true
        }
        for element in result["adjust"].tableValue?.array ?? [] {
            guard let item = element.tableValue, let points = item["points"].doubleValue, points.isFinite else { continue }
            let reason = item["reason"].stringValue ?? "adjusted by \(name)"
            analysis.breakdown.append(ScoreItem(reason: reason, points: min(30, max(-30, points)), basis: item["technique"].stringValue, source: name))
            changed = true
        }
        return changed
    }

    /// Runs every `on_turn` hook after a turn; returns their notes (attributed) and flags.
    public func onTurn(_ record: TurnRecord, transcript: Transcript) -> [PluginTurnNote] {
        guard plugins.contains(where: { $0.isEnabled && $0.onTurnHook != nil }) else { return [] }
        let turn = Self.turnValue(record)
        let session = LuaValue.table(LuaTable([
            "scenario": .string(transcript.scenarioID),
            "turns": .table(LuaTable(array: transcript.turns.map(Self.turnValue))),
        ]))
        var notes: [PluginTurnNote] = []
        for plugin in plugins where plugin.isEnabled && plugin.onTurnHook != nil {
            guard case .table(let result) = run(plugin, plugin.onTurnHook, [turn, session]) else { continue }
            for note in result["notes"].tableValue?.array.compactMap(\.stringValue) ?? [] {
                notes.append(PluginTurnNote(plugin: plugin.manifest.name, text: note))
            }
            for flag in result["flags"].tableValue?.array.compactMap(\.stringValue) ?? [] {
                notes.append(PluginTurnNote(plugin: plugin.manifest.name, text: "flag: \(flag)"))
            }
        }
        return notes
    }

    /// Runs every `on_session_end` hook; returns their debrief sections (attributed).
    public func onSessionEnd(_ transcript: Transcript, score: SessionScore) -> [DebriefSection] {
        guard plugins.contains(where: { $0.isEnabled && $0.onSessionEndHook != nil }) else { return [] }
        let session = LuaValue.table(LuaTable([
            "scenario": .string(transcript.scenarioID),
            "outcome": .string((transcript.outcome ?? .unresolved).rawValue),
            "empathy": .integer(Int64(score.empathy)),
            "resolution": .integer(Int64(score.resolution)),
            "turns": .table(LuaTable(array: transcript.turns.map(Self.turnValue))),
        ]))
        var sections: [DebriefSection] = []
        for plugin in plugins where plugin.isEnabled && plugin.onSessionEndHook != nil {
            guard case .table(let result) = run(plugin, plugin.onSessionEndHook, [session]) else { continue }
            for element in result["sections"].tableValue?.array ?? [] {
                guard let section = element.tableValue, let title = section["title"].stringValue else { continue }
                let lines = section["lines"].tableValue?.array.compactMap(\.stringValue) ?? []
                sections.append(DebriefSection(title: title, lines: lines, source: plugin.manifest.name))
            }
        }
        return sections
    }

    static func turnValue(_ record: TurnRecord) -> LuaValue {
        .table(LuaTable([
            "number": .integer(Int64(record.number)),
            "text": .string(record.reply),
            "empathy": .integer(Int64(record.analysis.empathy)),
            "techniques": .table(LuaTable(array: record.analysis.techniques.map { .string($0.rawValue) })),
            "customer_line": .string(record.customerLine),
            "mood_before": .integer(Int64(record.before.mood)),
            "mood_after": .integer(Int64(record.after.mood)),
        ]))
    }
}

/// Converts Lua's 1-based inclusive byte positions (as `string.find` returns them) into Unicode-scalar offsets.
struct ByteOffsets {
    let text: String
    let scalarAtByte: [Int]

    init(_ text: String) {
        self.text = text
        var table: [Int] = []
        table.reserveCapacity(text.utf8.count + 1)
        for (index, scalar) in text.unicodeScalars.enumerated() {
            for _ in 0..<UTF8.width(scalar) { table.append(index) }
        }
        table.append(text.unicodeScalars.count)
        scalarAtByte = table
    }

    /// (start, end exclusive, text) in scalars, or nil when the positions are outside the text.
    func span(first: Int, last: Int) -> (Int, Int, String)? {
        let byteCount = scalarAtByte.count - 1
        guard first >= 1, last >= first, last <= byteCount else { return nil }
        let start = scalarAtByte[first - 1]
        let end = scalarAtByte[last - 1] + 1
        let scalars = text.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        let to = scalars.index(from, offsetBy: end - start)
        return (start, end, String(scalars[from..<to]))
    }
}
