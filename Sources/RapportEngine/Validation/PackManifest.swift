import LuaBridge
import RapportCore

/// A pack's optional manifest, `pack.lua`: the pack's name and version, the API version its scenarios use, the
/// order scenarios are taught in, and which scenarios teach each learning outcome.
///
/// ```lua
/// return {
///   name = "Billing and callbacks", version = "1.0.0", api = 1,
///   scenarios = { "double-charge", "late-callback" },
///   outcomes = { acknowledge = { "double-charge", "late-callback" } },
/// }
/// ```
struct PackManifest {
    let path: String
    let source: String
    let index: SourceIndex
    var diagnostics: [Diagnostic] = []

    init(path: String, source: String) {
        self.path = path
        self.source = source
        self.index = SourceIndex(source: source)
    }

    mutating func report(_ code: DiagnosticCode, _ severity: Severity = .error, line: Int?, _ message: String) {
        diagnostics.append(Diagnostic(code: code.rawValue, severity: severity, file: path, line: line, message: message))
    }

    /// Reads the manifest and checks it against the pack's scenario reports.
    mutating func check(against scenarios: [ScenarioReport], limits: LuaLimits) {
        let table: LuaTable
        do {
            let lua = try LuaState(limits: limits)
            try lua.enableStrictGlobals()
            guard let value = try lua.run(source, chunkName: path).first?.tableValue else {
                report(.notAScenario, line: index.line(containing: "return"), "pack.lua must return a table { name = ..., version = ..., api = ..., scenarios = { ... } }")
                return
            }
            table = value
        } catch {
            diagnostics.append(ScenarioRuntime.diagnostic(for: error, path: path))
            return
        }
        for key in ["name", "version"] {
            if table[key].isNil { report(.missingField, line: nil, "pack.lua is missing '\(key)'") } else if table[key].stringValue == nil {
                report(.wrongType, line: index.line(ofKey: key), "'\(key)' in pack.lua must be a string")
            }
        }
        let api = table["api"].intValue
        if let api, !ScenarioRuntime.supportedAPIVersions.contains(api) {
            report(.unsupportedAPIVersion, line: index.line(ofKey: "api"), "pack.lua says api = \(api); this engine runs version \(ScenarioRuntime.supportedAPIVersions.upperBound)")
        }
        let loaded = scenarios.filter { $0.scenarioID != nil }
        let byID = Dictionary(loaded.map { ($0.scenarioID!, $0) }, uniquingKeysWith: { first, _ in first })
        if let api {
            for scenario in loaded where scenario.apiVersion != nil && scenario.apiVersion != api {
                report(.manifestMismatch, line: index.line(ofKey: "api"),
                       "pack.lua says api = \(api), but \(scenario.path) uses api_version \(scenario.apiVersion!)")
            }
        }
        checkOrder(table, byID: byID, loaded: loaded)
        checkOutcomes(table, byID: byID)
    }

    /// `scenarios`: every id names a file, each file is listed, nothing twice.
    mutating func checkOrder(_ table: LuaTable, byID: [String: ScenarioReport], loaded: [ScenarioReport]) {
        guard let list = table["scenarios"].tableValue else {
            if table["scenarios"].isNil { report(.missingField, line: nil, "pack.lua is missing 'scenarios' (the scenario ids in teaching order)") } else {
                report(.wrongType, line: index.line(ofKey: "scenarios"), "'scenarios' in pack.lua must be a list of scenario ids")
            }
            return
        }
        var listed = Set<String>()
        for element in list.array {
            guard let id = element.stringValue else {
                report(.wrongType, line: index.line(ofKey: "scenarios"), "'scenarios' in pack.lua must list scenario ids as strings")
                continue
            }
            let line = index.line(containing: "\"\(id)\"") ?? index.line(ofKey: "scenarios")
            if !listed.insert(id).inserted { report(.manifestMismatch, line: line, "pack.lua lists scenario '\(id)' twice") }
            if byID[id] == nil { report(.manifestMismatch, line: line, "pack.lua lists scenario '\(id)', but no scenario file in the pack has that id") }
        }
        for scenario in loaded where !listed.contains(scenario.scenarioID!) {
            report(.manifestMismatch, line: index.line(ofKey: "scenarios"),
                   "\(scenario.path) (id '\(scenario.scenarioID!)') is not listed in pack.lua's 'scenarios'")
        }
    }

    /// `outcomes`: each learning outcome lists scenarios that exist and that name it among their skills.
    mutating func checkOutcomes(_ table: LuaTable, byID: [String: ScenarioReport]) {
        guard !table["outcomes"].isNil else { return }
        guard let outcomes = table["outcomes"].tableValue else {
            report(.wrongType, line: index.line(ofKey: "outcomes"), "'outcomes' in pack.lua must map learning outcomes to lists of scenario ids")
            return
        }
        for outcome in outcomes.stringKeys {
            let line = index.line(ofKey: outcome)
            for element in outcomes[outcome].tableValue?.array ?? [] {
                guard let id = element.stringValue else { continue }
                guard let scenario = byID[id] else {
                    report(.manifestMismatch, line: line, "learning outcome '\(outcome)' lists scenario '\(id)', but no scenario file in the pack has that id")
                    continue
                }
                // A scenario tags the outcomes it trains in its skills, as `outcome:<name>` (or the bare name).
                if !scenario.skills.contains(outcome) && !scenario.skills.contains("outcome:" + outcome) {
                    report(.manifestMismatch, .warning, line: line,
                           "learning outcome '\(outcome)' lists scenario '\(id)', whose skills (\(scenario.skills.joined(separator: ", "))) do not include it")
                }
            }
        }
    }
}
