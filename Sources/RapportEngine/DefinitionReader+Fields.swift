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
            let message = "\(context) has a field '\(key)' that scenario API v1 does not know" + NameSuggestion.didYouMean(key, in: known)
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
}
