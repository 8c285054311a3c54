import LuaBridge
import RapportCore

/// The checks that read a scenario without playing it: what the source scan finds, references by name,
/// goals and story parts nothing can reach, and the customer's lines.
struct StaticChecks {
    /// The longest customer line, in characters, before RP0014 calls it over-long (about four spoken sentences).
    static let maximumLineLength = 400
    /// Mood bands `lines` may use, plus `default`.
    static let lineKeys: Set<String> = Set(MoodBand.allCases.map(\.rawValue)).union(["default"])

    let path: String
    let source: String
    let index: SourceIndex
    let scan: SourceScanner
    var diagnostics: [Diagnostic] = []

    init(source: String, path: String) {
        self.path = path
        self.source = source
        self.index = SourceIndex(source: source)
        self.scan = SourceScanner(source: source)
    }

    mutating func report(_ code: DiagnosticCode, _ severity: Severity = .error, line: Int?, column: Int? = nil, _ message: String) {
        diagnostics.append(Diagnostic(code: code.rawValue, severity: severity, file: path, line: line, column: column, message: message))
    }

    /// Checks that need only the text: bytes that were not UTF-8, sandbox-removed functions and undeclared globals.
    mutating func checkSource() {
        checkEncoding()
        for use in scan.removed {
            report(.sandboxRemoved, line: use.line, column: use.column, "'\(use.name)' is not available: \(use.reason)")
        }
        for global in scan.globals {
            report(.undeclaredGlobal, line: global.line, column: global.column,
                   "assignment to undeclared global '\(global.name)' (declare it with 'local')")
        }
    }

    /// RP0028, once per file at the first bad line: the source was decoded with every byte that is not UTF-8
    /// replaced by U+FFFD, which is what the trainee would see (a file saved as Latin-1 or Windows-1252, say).
    mutating func checkEncoding() {
        var line = 1, column = 1
        var first: (line: Int, column: Int)?
        var badLines = Set<Int>()
        for scalar in source.unicodeScalars {  // scalars, so a CRLF line end counts like LF
            if scalar == "\u{FFFD}" {
                if first == nil { first = (line, column) }
                badLines.insert(line)
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        guard let first else { return }
        let others = badLines.count - 1
        let more = others > 0 ? " (and on \(others) more line\(others == 1 ? "" : "s"))" : ""
        report(.notUTF8, .warning, line: first.line, column: first.column,
               "the file is not UTF-8 text here\(more); the trainee would see '\u{FFFD}' (save the file as UTF-8)")
    }

    /// Checks that need the loaded scenario: references, reachability and lines.
    mutating func checkScenario(_ definition: ScenarioDefinition, spec: LuaTable) {
        let goalIDs = Set(definition.goals.map(\.id))
        let storyIDs = Set(definition.persona.story.map(\.id))
        let goalList = definition.goals.map(\.id).joined(separator: ", ")
        let storyList = definition.persona.story.map(\.id).joined(separator: ", ")
        let techniques = Set(Technique.allCases.map(\.rawValue))
        let mechanisms = Set(Mechanism.allCases.map(\.rawValue))
        let endings: Set<String> = ["resolved", "escalated", "abandoned"]
        for call in scan.calls {
            let at = (line: call.line, column: call.column)
            switch call.function {
            case "meet", "unmeet", "has_met":
                if goalIDs.contains(call.argument) { continue }
                report(.undefinedReference, line: at.line, column: at.column,
                       "\(call.function)(\"\(call.argument)\") names no goal (goals: \(goalList.isEmpty ? "none" : goalList))")
            case "reveal", "knows":
                if storyIDs.contains(call.argument) { continue }
                report(.undefinedReference, line: at.line, column: at.column,
                       "\(call.function)(\"\(call.argument)\") names no story part (story parts: \(storyList.isEmpty ? "none" : storyList))")
            case "has":
                if techniques.contains(call.argument) { continue }
                report(.unknownTechnique, line: at.line, column: at.column, "has(\"\(call.argument)\") names an unknown technique" + Technique.didYouMean(call.argument))
            case "level":
                if mechanisms.contains(call.argument) { continue }
                report(.unknownTechnique, line: at.line, column: at.column,
                       "level(\"\(call.argument)\") names an unknown mechanism (emotional_reactions, interpretations, explorations)")
            case "end_call":
                if endings.contains(call.argument) { continue }
                report(.undefinedReference, line: at.line, column: at.column,
                       "end_call(\"\(call.argument)\") names no ending a script can choose (resolved, escalated, abandoned)")
            default:
                break
            }
        }
        checkGoalsReachable(definition)
        checkStoryRevealable(definition, spec: spec)
        for test in definition.tests {
            for goal in test.expectedGoals where !goalIDs.contains(goal) {
                report(.undefinedReference, line: index.line(containing: "\"\(goal)\"") ?? index.line(ofKey: "name", value: test.name),
                       "test '\(test.name)' expects goal '\(goal)', but there is no such goal")
            }
            for part in test.expectedReveals where !storyIDs.contains(part) {
                report(.undefinedReference, line: index.line(containing: "\"\(part)\"") ?? index.line(ofKey: "name", value: test.name),
                       "test '\(test.name)' expects story part '\(part)' to come out, but there is no such part")
            }
        }
        checkLines(spec)
    }

    /// Goals with no way to be met (RP0016), including those waiting on such a goal or on each other.
    mutating func checkGoalsReachable(_ definition: ScenarioDefinition) {
        let called = Set(scan.calls.filter { $0.function == "meet" }.map(\.argument))
        let byID = Dictionary(definition.goals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func matchable(_ goal: Goal) -> Bool {
            !goal.techniques.isEmpty || goal.phrases.contains(where: { !$0.allSatisfy(\.isWhitespace) }) || goal.hasPredicate
                || called.contains(goal.id)
        }
        for goal in definition.goals {
            let line = index.line(ofKey: "id", value: "\"\(goal.id)\"") ?? index.line(containing: "\"\(goal.id)\"")
            guard matchable(goal) else {
                report(.unreachableGoal, line: line,
                       "goal '\(goal.id)' can never be met: it has no techniques, phrases or 'when', and no meet(\"\(goal.id)\") call")
                continue
            }
            var chain: [String] = [goal.id]
            var current = goal
            while let after = current.after, let next = byID[after] {
                if chain.contains(after) {
                    report(.unreachableGoal, line: line, "goal '\(goal.id)' can never be met: its 'after' order loops (\((chain + [after]).joined(separator: " → ")))")
                    break
                }
                if !matchable(next) {
                    report(.unreachableGoal, line: line, "goal '\(goal.id)' can never be met: it comes after '\(after)', which can never be met")
                    break
                }
                chain.append(after)
                current = next
            }
        }
    }

    /// Story parts with no `unlock` that no `reveal("id")` call names (RP0017).
    mutating func checkStoryRevealable(_ definition: ScenarioDefinition, spec: LuaTable) {
        let revealed = Set(scan.calls.filter { $0.function == "reveal" }.map(\.argument))
        var unlockable: Set<String> = []
        let story = spec["persona"].tableValue?["story"].tableValue
        for element in story?.array ?? [] {
            if let part = element.tableValue, let id = part["id"].stringValue, part["unlock"].functionValue != nil { unlockable.insert(id) }
        }
        for part in definition.persona.story where !unlockable.contains(part.id) && !revealed.contains(part.id) {
            let line = index.line(ofKey: "id", value: "\"\(part.id)\"") ?? index.line(ofKey: part.id)
            report(.unrevealableStory, line: line,
                   "story part '\(part.id)' can never come out: it has no 'unlock' and no reveal(\"\(part.id)\") call")
        }
    }
}
