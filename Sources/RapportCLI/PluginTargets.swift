import Foundation
import RapportCore
import RapportEngine

/// Sorts the paths given to `rapport validate` into scenario paths and plugin paths, and checks the plugins.
enum PluginTargets {
    /// A plugin path: a file that returns `plugin { ... }`, a folder with `plugin.lua`, or a folder of such files.
    static func split(_ paths: [String]) -> (scenarios: [String], plugins: [String]) {
        var scenarios: [String] = []
        var plugins: [String] = []
        for path in paths {
            if isPlugin(path) { plugins.append(path) } else { scenarios.append(path) }
        }
        return (scenarios, plugins)
    }

    static func isPlugin(_ path: String) -> Bool {
        if isAnnotations(path) { return true }  // checked (and skipped) with the plugins, never read as scenarios
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
        if !isDirectory.boolValue { return returnsPlugin(path) }
        if FileManager.default.fileExists(atPath: path + "/plugin.lua") { return true }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let lua = names.filter { $0.hasSuffix(".lua") && !$0.hasPrefix(".") }
        if lua.isEmpty { return URL(fileURLWithPath: path).lastPathComponent == "Plugins" }
        return lua.contains { returnsPlugin((path as NSString).appendingPathComponent($0)) }
    }

    static func returnsPlugin(_ file: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: file) else { return false }
        return String(decoding: data, as: UTF8.self).contains("return plugin")
    }

    /// True for a plugins folder's `types/` (LuaLS annotations) or a file in it.
    static func isAnnotations(_ path: String) -> Bool {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return url.lastPathComponent == "types" || url.deletingLastPathComponent().lastPathComponent == "types"
    }

    /// The plugin checks for each path (the same as `rapport plugins check`); annotation folders are skipped.
    static func check(_ paths: [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for path in paths where !isAnnotations(path) {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if isDirectory.boolValue && !FileManager.default.fileExists(atPath: path + "/plugin.lua") {
                diagnostics += PluginSet.load(directory: path).1
            } else if case .failure(let failure) = PluginRuntime.load(path: path) {
                diagnostics += failure.diagnostics
            }
        }
        return diagnostics
    }
}
