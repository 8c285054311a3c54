import LuaBridge
import RapportCore

/// The fields of scenario API v1, to catch misspelt ones (RP0027): a typo such as `max_turn = 6` would otherwise
/// be ignored silently and the real field keep its default.
extension DefinitionReader {
    static let scenarioFields: Set<String> = [
        "api_version", "id", "title", "summary", "difficulty", "channel", "skills", "max_turns", "persona", "opening",
        "goals", "lines", "closing", "setup", "react", "respond", "tests", "weights", "model_replies", "stages", "first_stage",
    ]
    static let personaFields: Set<String> = ["name", "mood", "patience", "trust", "story"]
    static let goalFields: Set<String> = ["id", "description", "required", "weight", "techniques", "phrases", "when", "after", "mood"]
    static let storyFields: Set<String> = ["id", "text", "unlock", "line"]
    static let testFields: Set<String> = ["name", "replies", "seed", "expect"]
    static let expectFields: Set<String> = ["outcome", "goals", "reveals", "min_empathy", "max_empathy"]

    /// Warns about every string key of `t` not in `known`, suggesting the nearest known name.
    mutating func checkFields(_ t: LuaTable, known: Set<String>, context: String) {
        for key in t.stringKeys where !known.contains(key) {
            let nearest = known.map { ($0, Self.distance($0, key)) }.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
            var message = "\(context) has a field '\(key)' that scenario API v1 does not know"
            if let nearest, nearest.1 <= 2 { message += "; did you mean '\(nearest.0)'?" }
            report(.unknownField, message, key: key, severity: .warning)
        }
    }

    /// All the field checks of a scenario table.
    mutating func checkAllFields() {
        checkFields(table, known: Self.scenarioFields, context: "the scenario")
        if case .table(let persona) = table["persona"] {
            checkFields(persona, known: Self.personaFields, context: "the persona")
            for part in persona["story"].tableValue?.array ?? [] {
                if case .table(let p) = part { checkFields(p, known: Self.storyFields, context: "story part '\(p["id"].stringValue ?? "?")'") }
            }
        }
        for goal in table["goals"].tableValue?.array ?? [] {
            if case .table(let g) = goal { checkFields(g, known: Self.goalFields, context: "goal '\(g["id"].stringValue ?? "?")'") }
        }
        for test in table["tests"].tableValue?.array ?? [] {
            guard case .table(let t) = test else { continue }
            let name = t["name"].stringValue ?? "?"
            checkFields(t, known: Self.testFields, context: "test '\(name)'")
            if case .table(let expect) = t["expect"] { checkFields(expect, known: Self.expectFields, context: "the expectations of test '\(name)'") }
        }
    }

    /// Edit distance (insertions, deletions, substitutions) between two short names.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : (b.isEmpty ? a.count : previous[b.count])
    }
}
