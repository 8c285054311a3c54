import LuaBridge
import RapportCore

/// Reads a `scenario { ... }` table into a ``ScenarioDefinition``, collecting diagnostics instead of failing early.
struct DefinitionReader {
    let table: LuaTable
    let path: String
    let source: String
    /// Built on the first diagnostic: splitting the source into lines costs more than reading a clean scenario.
    var sourceIndex: SourceIndex?
    var diagnostics: [Diagnostic] = []

    init(table: LuaTable, path: String, source: String) {
        self.table = table
        self.path = path
        self.source = source
    }

    mutating func report(_ code: DiagnosticCode, _ message: String, key: String? = nil, value: String? = nil, severity: Severity = .error) {
        let index = sourceIndex ?? SourceIndex(source: source)
        sourceIndex = index
        let line = key.flatMap { index.line(ofKey: $0, value: value) } ?? value.flatMap { index.line(containing: $0) }
        diagnostics.append(Diagnostic(code: code.rawValue, severity: severity, file: path, line: line, message: message))
    }

    mutating func string(_ t: LuaTable, _ key: String, required: Bool, context: String) -> String? {
        switch t[key] {
        case .string(let s):
            return s
        case .nil:
            if required { report(.missingField, "\(context) is missing the required field '\(key)'", key: nil) }
            return nil
        case let other:
            report(.wrongType, "'\(key)' in \(context) must be a string, not a \(other.typeName)", key: key)
            return nil
        }
    }

    mutating func integer(_ t: LuaTable, _ key: String, default value: Int, range: ClosedRange<Int>, context: String) -> Int {
        switch t[key] {
        case .nil:
            return value
        case let number where number.intValue != nil:
            let n = number.intValue!
            if !range.contains(n) {
                report(.outOfRange, "'\(key)' in \(context) must be between \(range.lowerBound) and \(range.upperBound), not \(n)", key: key)
                return min(max(n, range.lowerBound), range.upperBound)
            }
            return n
        case let other:
            report(.wrongType, "'\(key)' in \(context) must be a whole number, not a \(other.typeName)", key: key)
            return value
        }
    }

    mutating func strings(_ t: LuaTable, _ key: String, context: String) -> [String] {
        switch t[key] {
        case .nil: return []
        case .string(let s): return [s]
        case .table(let list) where list.fields.isEmpty && list.array.allSatisfy({ $0.stringValue != nil }):
            return list.array.compactMap(\.stringValue)
        case let other:
            report(.wrongType, "'\(key)' in \(context) must be a list of strings, not a \(other.typeName)", key: key)
            return []
        }
    }

    mutating func read() -> ScenarioDefinition? {
        let api = table["api_version"]
        let apiVersion: Int
        if let v = api.intValue {
            apiVersion = v
            if !ScenarioRuntime.supportedAPIVersions.contains(v) {
                report(.unsupportedAPIVersion, "api_version \(v) is not supported; this engine runs version \(ScenarioRuntime.supportedAPIVersions.upperBound)", key: "api_version")
            }
        } else {
            apiVersion = 0
            report(.missingField, "the scenario is missing 'api_version' (use api_version = 1)")
        }
        let id = string(table, "id", required: true, context: "the scenario") ?? ""
        if !id.isEmpty, !id.allSatisfy({ ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }) {
            report(.wrongType, "the scenario id '\(id)' must use only lowercase letters, digits and '-'", key: "id")
        }
        let title = string(table, "title", required: true, context: "the scenario") ?? id
        let summary = string(table, "summary", required: false, context: "the scenario") ?? ""
        let difficulty = integer(table, "difficulty", default: 3, range: 1...5, context: "the scenario")
        let channel = string(table, "channel", required: false, context: "the scenario") ?? "phone"
        let skills = strings(table, "skills", context: "the scenario")
        let maxTurns = integer(table, "max_turns", default: 12, range: 1...100, context: "the scenario")
        let persona = readPersona()
        checkOpening()
        let goals = readGoals(story: persona?.story ?? [])
        for key in ["respond", "react", "setup"] where !table[key].isNil && table[key].functionValue == nil {
            report(.wrongType, "'\(key)' must be a function, not a \(table[key].typeName)", key: key)
        }
        let tests = readTests()
        checkAllFields()
        let weights = readWeights()
        let modelReplies = readModelReplies()
        guard let persona else { return nil }
        var definition = ScenarioDefinition(apiVersion: apiVersion, id: id, title: title, summary: summary, difficulty: difficulty, channel: channel,
                                            skills: skills, maxTurns: maxTurns, persona: persona, goals: goals, tests: tests, file: path)
        definition.techniqueWeights = weights
        definition.modelReplies = modelReplies
        return definition
    }

    mutating func checkOpening() {
        switch table["opening"] {
        case .string(let s):
            if s.allSatisfy(\.isWhitespace) { report(.badLine, "the opening line is empty", key: "opening") }
        case .table(let t) where !t.array.isEmpty && t.array.allSatisfy({ $0.stringValue != nil }):
            break
        case .nil:
            report(.missingField, "the scenario is missing 'opening' (the customer's first line)")
        case let other:
            report(.wrongType, "'opening' must be a string or a list of strings, not a \(other.typeName)", key: "opening")
        }
    }
}
