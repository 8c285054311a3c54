import Foundation
import LuaBridge
import RapportCore

/// A scenario loaded into its own sandboxed Lua state, ready to drive one session.
///
/// Not thread-safe: use one runtime per session, on one thread at a time.
public final class ScenarioRuntime {
    /// The scenario's static description.
    public let definition: ScenarioDefinition
    /// Warnings and infos found while loading (errors prevent loading).
    public let diagnostics: [Diagnostic]
    let lua: LuaState
    let spec: LuaValue
    let driverStart: LuaFunction
    let driverTurn: LuaFunction
    let driverClosing: LuaFunction
    let driverState: LuaFunction
    /// The field names pushed every turn.
    let turnKeys: TurnKeys
    /// What `driver.start` gets: the scenario table (`spec`, as a Lua table) and the persona. Built once: only the
    /// driver sees them, and it never changes them.
    let startArguments: (spec: LuaPinned, persona: LuaPinned)

    /// The scenario API versions this engine runs.
    public static let supportedAPIVersions = 1...1

    /// The engine's side of the API, read and compiled once per process (compiling it costs more than loading a
    /// scenario; loading its bytecode costs little).
    static let prelude: LuaBytecode = {
        guard let url = Bundle.module.url(forResource: "prelude", withExtension: "lua"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("prelude.lua is missing from the RapportEngine bundle")
        }
        do {
            return try LuaBytecode(compiling: text, chunkName: "rapport/prelude.lua")
        } catch {
            preconditionFailure("prelude.lua does not compile: \(error)")
        }
    }()

    /// The compiled prelude, for the benchmarks.
    public static var preludeForBenchmarks: LuaBytecode { prelude }

    init(definition: ScenarioDefinition, diagnostics: [Diagnostic], lua: LuaState, spec: LuaValue, driver: LuaTable, turnKeys: TurnKeys) {
        self.definition = definition
        self.diagnostics = diagnostics
        self.lua = lua
        self.spec = spec
        self.turnKeys = turnKeys
        let persona = definition.persona
        let personaValue = LuaValue.table(LuaTable([
            "name": .string(persona.name), "mood": .integer(Int64(persona.mood)), "trust": .integer(Int64(persona.trust)),
            "patience": .integer(Int64(persona.patience)),
            "story": .table(LuaTable(array: persona.story.map { .table(LuaTable(["id": .string($0.id), "text": .string($0.text)])) })),
        ]))
        self.startArguments = (lua.pin(spec), lua.pin(personaValue))
        // The prelude always returns these three; a missing one is a bug in the engine.
        self.driverStart = driver["start"].functionValue!
        self.driverTurn = driver["turn"].functionValue!
        self.driverClosing = driver["closing"].functionValue!
        self.driverState = driver["state"].functionValue!
    }

    /// Loads the scenario at `path`. On failure, the diagnostics say why (with file and line).
    public static func load(path: String, seed: UInt64 = 0, limits: LuaLimits = .standard) -> Result<ScenarioRuntime, ScenarioLoadFailure> {
        let source: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            source = String(decoding: data, as: UTF8.self)
        } catch {
            return .failure(ScenarioLoadFailure(diagnostics: [
                Diagnostic(code: "RP0002", severity: .error, file: path, message: "cannot read the file: \(error.localizedDescription)"),
            ]))
        }
        return load(source: source, path: path, seed: seed, limits: limits)
    }

    /// Loads a scenario from its source text; `path` names it in messages. With `snapshots`, sessions on the
    /// runtime can be saved and restored (``Session/snapshot()``), as the validator does to fork conversations.
    public static func load(source: String, path: String, seed: UInt64 = 0, limits: LuaLimits = .standard,
                            snapshots: Bool = false) -> Result<ScenarioRuntime, ScenarioLoadFailure> {
        let lua: LuaState
        let driver: LuaTable
        let turnKeys: TurnKeys
        do {
            lua = try LuaState(limits: limits, seed: seed, snapshots: snapshots)
            var natives = lua.phraseFunctions().tableValue ?? LuaTable()
            natives["type"] = .function(lua.typeFunction())
            natives["names_a_time"] = lua.function("names_a_time", namesATime)
            guard let table = try lua.call(lua.load(prelude), [.table(natives)]).first?.tableValue else {
                preconditionFailure("prelude.lua must return the driver table")
            }
            driver = table
            turnKeys = TurnKeys(lua)
            try lua.enableStrictGlobals()
        } catch {
            return .failure(ScenarioLoadFailure(diagnostics: [Diagnostic(code: "RP0010", severity: .error, file: path, message: error.description)]))
        }
        let results: [LuaValue]
        do {
            results = try lua.run(source, chunkName: path)
        } catch {
            return .failure(ScenarioLoadFailure(diagnostics: [diagnostic(for: error, path: path)]))
        }
        guard let spec = results.first, case .table(let table) = spec else {
            return .failure(ScenarioLoadFailure(diagnostics: [Diagnostic(
                code: DiagnosticCode.notAScenario.rawValue, severity: .error, file: path, line: SourceIndex(source: source).line(containing: "return"),
                message: "the file must return scenario { ... } (it returned \(results.first?.typeName ?? "nothing"))")]))
        }
        var reader = DefinitionReader(table: table, path: path, source: source)
        let definition = reader.read()
        if reader.diagnostics.contains(where: { $0.severity == .error }) || definition == nil {
            return .failure(ScenarioLoadFailure(diagnostics: reader.diagnostics))
        }
        return .success(ScenarioRuntime(definition: definition!, diagnostics: reader.diagnostics, lua: lua, spec: spec, driver: driver, turnKeys: turnKeys))
    }

    /// `rapport.names_a_time(text)`, which the prelude also calls for `turn:names_a_time()`: true when `text` names
    /// a concrete time of day or a short wait (``ConcreteTime``). Nil and numbers name none, as `rapport.mentions`
    /// reads them; any other value is a bad argument, raised in Lua (catchable by `pcall`) once this has returned.
    static func namesATime(_ arguments: [LuaValue]) throws -> [LuaValue] {
        switch arguments.first ?? .nil {
        case .string(let text):
            return [.boolean(ConcreteTime.isNamed(in: text))]
        case .nil, .integer, .number:
            return [.boolean(false)]
        case let other:
            throw ScriptError.badArgument(position: 1, function: "names_a_time", message: "string expected, got \(other.typeName)")
        }
    }

    /// A diagnostic for a script error, with the code that fits it.
    public static func diagnostic(for error: ScriptError, path: String) -> Diagnostic {
        let code: DiagnosticCode
        switch error {
        case .syntax: code = .syntaxError
        case .memory, .timeout, .instructionBudget, .stateUnavailable: code = .limitExceeded
        case .runtime(_, let message, _) where message.contains("undeclared global"): code = .undeclaredGlobal
        default: code = .loadError
        }
        return Diagnostic(code: code.rawValue, severity: .error, file: error.location?.file ?? path,
                          line: error.location.map(\.line).flatMap { $0 > 0 ? $0 : nil }, message: error.message)
    }
}

/// Why a scenario could not be loaded: at least one error diagnostic.
public struct ScenarioLoadFailure: Error, Sendable, Hashable {
    public var diagnostics: [Diagnostic]
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
