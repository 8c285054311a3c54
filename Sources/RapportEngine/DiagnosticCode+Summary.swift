import RapportCore

extension DiagnosticCode {
    /// One sentence saying what the code means (used for SARIF rules and reports); the docs page says more.
    public var summary: String {
        switch self {
        case .syntaxError: "The Lua file does not compile."
        case .loadError: "The file raised an error while loading, or could not be read."
        case .notAScenario: "The file does not return scenario { ... }."
        case .missingField: "A required field is missing."
        case .wrongType: "A field has the wrong type or an unusable value."
        case .unsupportedAPIVersion: "api_version is not a version this engine runs."
        case .unknownTechnique: "A technique (or mechanism) name is not in the vocabulary."
        case .undefinedReference: "A reference to a goal, story part, ending or key that does not exist."
        case .duplicateID: "Two goals or two story parts share an id."
        case .limitExceeded: "A script hit the time, instruction or memory limit."
        case .outOfRange: "A number is outside its range."
        case .duplicateScenarioID: "Two scenarios in a pack share an id."
        case .undeclaredGlobal: "An assignment to an undeclared global."
        case .badLine: "A customer line is empty or longer than 400 characters."
        case .sandboxRemoved: "A script uses a function or library the sandbox removes."
        case .unreachableGoal: "A goal that nothing can meet."
        case .unrevealableStory: "A story part that nothing can reveal."
        case .manifestMismatch: "The pack manifest disagrees with the scenario files."
        case .goldenTestFailed: "A golden test declared in the scenario failed."
        case .endingNeverReached: "An ending no golden test, probe or random playthrough reached."
        case .goalNeverMet: "A goal no golden test, probe or random playthrough met."
        case .revealNeverUnlocked: "A story part no golden test, probe or random playthrough revealed."
        case .repeatsForever: "The customer repeats the same line forever, whatever the trainee says."
        case .turnScriptError: "A script error on a turn of a probe or random playthrough."
        case .unfairRubric: "A dismissive agent scores better than an empathetic one."
        case .turnLimitHit: "Random playthroughs ran to the turn limit."
        case .unknownField: "A field the scenario API does not know, usually a misspelt one."
        case .notUTF8: "The file has bytes that are not UTF-8 text; the trainee would see them as \u{FFFD}."
        }
    }

    /// The usual severity of the code (a few codes are reported at another severity in some cases).
    public var defaultSeverity: Severity {
        switch self {
        case .endingNeverReached, .goalNeverMet, .revealNeverUnlocked, .repeatsForever, .unknownField, .notUTF8: .warning
        case .turnLimitHit: .info
        default: .error
        }
    }

    /// A name in UpperCamelCase, for SARIF rules (`syntaxError` → `SyntaxError`).
    public var ruleName: String {
        let name = String(describing: self)
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
