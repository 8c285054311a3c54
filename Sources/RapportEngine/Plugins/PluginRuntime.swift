import Foundation
import LuaBridge
import RapportCore

/// One plugin loaded into its own sandboxed Lua state (same limits as scenarios). Plugins cannot see each other's
/// state or a scenario's: they only get the values the engine passes to their hooks.
///
/// Not thread-safe: one runtime per thread; ``PluginSet`` makes copies for other threads.
public final class PluginRuntime {
    public let manifest: PluginManifest
    /// Extra analyzer patterns by technique (lexicon file name → lines).
    public let lexicon: [String: [String]]
    /// Phrases one of which must appear for `analyze` to be worth calling; empty means always call.
    let triggers: TriggerSet
    let lua: LuaState
    let analyzeHook: LuaFunction?
    let onTurnHook: LuaFunction?
    let onSessionEndHook: LuaFunction?
    /// Why the plugin was switched off for the rest of the session, if it was.
    public internal(set) var disabledReason: String?
    /// The source, so copies can be made for other threads.
    let source: String

    /// The plugin API versions this engine runs.
    public static let supportedAPIVersions = 1...1

    static let prelude: LuaBytecode = {
        guard let url = Bundle.module.url(forResource: "plugin_prelude", withExtension: "lua"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("plugin_prelude.lua is missing from the RapportEngine bundle")
        }
        do { return try LuaBytecode(compiling: text, chunkName: "rapport/plugin_prelude.lua") } catch {
            preconditionFailure("plugin_prelude.lua does not compile: \(error)")
        }
    }()

    init(manifest: PluginManifest, lexicon: [String: [String]], triggers: [String], lua: LuaState, table: LuaTable, source: String) {
        self.manifest = manifest
        self.lexicon = lexicon
        self.triggers = TriggerSet(triggers)
        self.lua = lua
        self.analyzeHook = manifest.capabilities.contains(.analyze) ? table["analyze"].functionValue : nil
        self.onTurnHook = manifest.capabilities.contains(.onTurn) ? table["on_turn"].functionValue : nil
        self.onSessionEndHook = manifest.capabilities.contains(.onSessionEnd) ? table["on_session_end"].functionValue : nil
        self.source = source
    }

    /// True while the plugin runs (it has not been disabled by an error).
    public var isEnabled: Bool { disabledReason == nil }

    /// Loads the plugin at `path` (a `.lua` file, or a folder with `plugin.lua`).
    public static func load(path: String, limits: LuaLimits = .standard) -> Result<PluginRuntime, ScenarioLoadFailure> {
        var file = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            file = (path as NSString).appendingPathComponent("plugin.lua")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            return .failure(ScenarioLoadFailure(diagnostics: [Diagnostic(code: PluginCode.loadError.rawValue, severity: .error, file: file, message: "cannot read the file")]))
        }
        return load(source: String(decoding: data, as: UTF8.self), path: file, limits: limits)
    }

    /// Loads a plugin from its source; `path` names it in messages.
    public static func load(source: String, path: String, limits: LuaLimits = .standard) -> Result<PluginRuntime, ScenarioLoadFailure> {
        func failure(_ code: PluginCode, _ message: String, line: Int? = nil) -> Result<PluginRuntime, ScenarioLoadFailure> {
            .failure(ScenarioLoadFailure(diagnostics: [Diagnostic(code: code.rawValue, severity: .error, file: path, line: line, message: message)]))
        }
        let lua: LuaState
        let results: [LuaValue]
        do {
            lua = try LuaState(limits: limits, seed: 0)
            // The same Swift helpers scenarios get: rapport.names_a_time (RapportCore's ConcreteTime).
            var natives = LuaTable()
            natives["names_a_time"] = lua.function("names_a_time", ScenarioRuntime.namesATime)
            try lua.call(lua.load(prelude), [.table(natives)])
            try lua.enableStrictGlobals()
            results = try lua.run(source, chunkName: path)
        } catch {
            return failure(.loadError, error.message, line: error.location?.line)
        }
        guard case .table(let table) = results.first else {
            return failure(.notAPlugin, "the file must return plugin { ... } (it returned \(results.first?.typeName ?? "nothing"))")
        }
        var reader = PluginManifestReader(table: table, path: path)
        guard let manifest = reader.read(), !reader.diagnostics.contains(where: { $0.severity == .error }) else {
            return .failure(ScenarioLoadFailure(diagnostics: reader.diagnostics))
        }
        return .success(PluginRuntime(manifest: manifest, lexicon: reader.lexicon, triggers: reader.triggers, lua: lua, table: table, source: source))
    }

    /// A fresh copy in its own state, for another thread. Nil if it no longer loads.
    func copy() -> PluginRuntime? {
        try? Self.load(source: source, path: manifest.file, limits: lua.limits).get()
    }

    /// Runs a hook; a failure disables the plugin for the rest of the session and is returned once.
    func run(_ hook: LuaFunction?, _ arguments: [LuaValue]) -> (LuaValue, warning: String?) {
        guard isEnabled, let hook else { return (.nil, nil) }
        do {
            return (try lua.call(hook, arguments).first ?? .nil, nil)
        } catch {
            let reason = "plugin '\(manifest.name)' was disabled for the rest of this session: \(error.description)"
            disabledReason = reason
            return (.nil, reason)
        }
    }
}
