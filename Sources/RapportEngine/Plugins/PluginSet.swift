import Foundation
import LuaBridge
import RapportCore

/// The plugins of a session, in their defined order: sorted by name. Each runs in its own state; a plugin that fails
/// is disabled for the rest of the session with one warning, and everything else goes on.
///
/// Not thread-safe: ``PluginAnalyzer`` keeps one set per thread.
public final class PluginSet {
    public let plugins: [PluginRuntime]
    private var pendingWarnings: [String] = []

    public init(plugins: [PluginRuntime]) {
        self.plugins = plugins.sorted { $0.manifest.name < $1.manifest.name }
    }

    /// The folder of LuaLS annotations beside the plugins; never a plugin itself.
    static let typesFolder = "types"

    /// An empty set: no plugins.
    public static var none: PluginSet { PluginSet(plugins: []) }

    /// Loads every plugin in `directory`: `*.lua` files and folders with a `plugin.lua`. Plugins that do not load
    /// are left out and reported; two plugins with one name keep the first by path.
    public static func load(directory: String, limits: LuaLimits = .standard) -> (PluginSet, [Diagnostic]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return (.none, [])
        }
        var loaded: [PluginRuntime] = []
        var diagnostics: [Diagnostic] = []
        for name in names.sorted() where !name.hasPrefix(".") && name != PluginSet.typesFolder {
            let path = (directory as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            guard name.hasSuffix(".lua") || (isDirectory.boolValue && FileManager.default.fileExists(atPath: path + "/plugin.lua")) else { continue }
            switch PluginRuntime.load(path: path, limits: limits) {
            case .success(let plugin):
                if loaded.contains(where: { $0.manifest.name == plugin.manifest.name }) {
                    diagnostics.append(Diagnostic(code: PluginCode.duplicateName.rawValue, severity: .error, file: plugin.manifest.file,
                                                  message: "another plugin is already named '\(plugin.manifest.name)'"))
                } else {
                    loaded.append(plugin)
                }
            case .failure(let failure):
                diagnostics.append(contentsOf: failure.diagnostics)
            }
        }
        return (PluginSet(plugins: loaded), diagnostics)
    }

    /// The analyzer patterns all plugins add, merged by lexicon file.
    public var lexicon: [String: [String]] {
        var merged: [String: [String]] = [:]
        for plugin in plugins { for (key, lines) in plugin.lexicon { merged[key, default: []] += lines } }
        return merged
    }

    /// Warnings about plugins disabled since the last call (each plugin warns once).
    public func takeWarnings() -> [String] {
        defer { pendingWarnings = [] }
        return pendingWarnings
    }

    /// A copy with fresh states, for another thread.
    func copy() -> PluginSet {
        PluginSet(plugins: plugins.compactMap { $0.copy() })
    }

    func run(_ plugin: PluginRuntime, _ hook: LuaFunction?, _ arguments: [LuaValue]) -> LuaValue {
        let (value, warning) = plugin.run(hook, arguments)
        // What a plugin prints is for its author: shown like a warning, attributed, so debugging a plugin is possible.
        for line in plugin.lua.takePrinted().prefix(20) { pendingWarnings.append("plugin '\(plugin.manifest.name)' printed: \(line)") }
        if let warning { pendingWarnings.append(warning) }
        return value
    }
}
