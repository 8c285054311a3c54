import LuaBridge
import RapportCore

/// Reads and checks a `plugin { ... }` table's manifest, lexicon and hooks.
struct PluginManifestReader {
    let table: LuaTable
    let path: String
    var diagnostics: [Diagnostic] = []
    var lexicon: [String: [String]] = [:]
    var triggers: [String] = []

    /// Lexicon files a plugin may extend: the analyzer's technique and mechanism lexicons.
    static let extensibleLexicons: Set<String> = Set(Technique.allCases.map(\.rawValue)).union(Mechanism.allCases.map(\.rawValue))

    init(table: LuaTable, path: String) {
        self.table = table
        self.path = path
    }

    mutating func report(_ code: PluginCode, _ message: String, severity: Severity = .error) {
        diagnostics.append(Diagnostic(code: code.rawValue, severity: severity, file: path, message: message))
    }

    mutating func read() -> PluginManifest? {
        guard let name = table["name"].stringValue, !name.isEmpty else {
            report(.badManifest, "the plugin is missing 'name' (a string)")
            return nil
        }
        let version = table["version"].stringValue ?? {
            report(.badManifest, "plugin '\(name)' is missing 'version' (a string such as \"1.0.0\")")
            return "0"
        }()
        guard let api = table["api"].intValue else {
            if table["api"].isNil {
                report(.badManifest, "plugin '\(name)' is missing 'api' (the plugin API version it targets; use api = 1)")
            } else {
                report(.badManifest, "'api' of plugin '\(name)' must be a whole number such as 1, not \(table["api"])")
            }
            return nil
        }
        if !PluginRuntime.supportedAPIVersions.contains(api) {
            report(.unsupportedAPI, "plugin '\(name)' targets plugin API \(api); this version of Rapport supports API \(PluginRuntime.supportedAPIVersions.upperBound)")
        }
        let description = table["description"].stringValue ?? ""
        var capabilities: [PluginCapability] = []
        for raw in table["capabilities"].tableValue?.array ?? [] {
            guard let text = raw.stringValue, let capability = PluginCapability(rawValue: text) else {
                report(.capabilityMismatch, "plugin '\(name)' declares an unknown capability '\(raw.stringValue ?? raw.typeName)' (known: \(PluginCapability.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            capabilities.append(capability)
        }
        checkHooks(name: name, capabilities: capabilities)
        readLexicon(name: name, declared: capabilities.contains(.lexicon))
        triggers = (table["triggers"].tableValue?.array ?? []).compactMap { $0.stringValue?.lowercased() }
        return PluginManifest(name: name, version: version, api: api, description: description, capabilities: capabilities, file: path)
    }

    mutating func checkHooks(name: String, capabilities: [PluginCapability]) {
        for capability in [PluginCapability.analyze, .onTurn, .onSessionEnd] {
            let hook = table[capability.rawValue]
            let declared = capabilities.contains(capability)
            if !hook.isNil && hook.functionValue == nil {
                report(.capabilityMismatch, "'\(capability.rawValue)' of plugin '\(name)' must be a function")
            } else if hook.functionValue != nil && !declared {
                report(.capabilityMismatch, "plugin '\(name)' defines '\(capability.rawValue)' but does not declare the capability; add \"\(capability.rawValue)\" to capabilities")
            } else if hook.isNil && declared {
                report(.capabilityMismatch, "plugin '\(name)' declares '\(capability.rawValue)' but has no such function")
            }
        }
    }

    mutating func readLexicon(name: String, declared: Bool) {
        let value = table["lexicon"]
        if value.isNil {
            if declared { report(.capabilityMismatch, "plugin '\(name)' declares 'lexicon' but has no lexicon table") }
            return
        }
        guard case .table(let t) = value else {
            report(.badLexicon, "'lexicon' of plugin '\(name)' must be a table of technique = { patterns }")
            return
        }
        if !declared { report(.capabilityMismatch, "plugin '\(name)' has a lexicon but does not declare the 'lexicon' capability") }
        for key in t.stringKeys {
            guard Self.extensibleLexicons.contains(key) else {
                report(.badLexicon, "plugin '\(name)' extends an unknown technique '\(key)'" + Technique.didYouMean(key))
                continue
            }
            let lines = (t[key].tableValue?.array ?? []).compactMap(\.stringValue)
            lexicon[key] = lines
        }
    }
}
