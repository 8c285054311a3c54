import ArgumentParser
import Foundation
import RapportCore
import RapportEngine

/// `rapport plugins`: the plugins a session would load, and `rapport plugins check` for authors and CI.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the plugins, or check them.",
        subcommands: [PluginsListCommand.self, PluginsCheckCommand.self],
        defaultSubcommand: PluginsListCommand.self
    )
}

struct PluginsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List plugins: name, version, api, status.")

    @Option(name: .long, help: "The plugins folder.")
    var plugins: String = "Plugins"

    func run() throws {
        let (set, diagnostics) = PluginSet.load(directory: plugins)
        if set.plugins.isEmpty && diagnostics.isEmpty {
            Terminal.line("No plugins in \(plugins).")
            return
        }
        let rows = set.plugins.map { p in
            [p.manifest.name, p.manifest.version, "api \(p.manifest.api)", "enabled", TerminalSafe.sanitize(p.manifest.description)]
        }
        let width = (rows.map { $0[0].count } + [4]).max() ?? 4
        for row in rows {
            Terminal.line(row[0].padding(toLength: width) + "  " + row[1].padding(toLength: 7) + "  " + row[2] + "  " + row[3] + "  " + row[4])
        }
        for diagnostic in diagnostics {
            Terminal.line((diagnostic.file ?? "?").padding(toLength: width) + "  not loaded: [\(diagnostic.code)] \(TerminalSafe.sanitize(diagnostic.message))")
        }
    }
}

struct PluginsCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check plugins: manifest, API version, capabilities, lexicon; exit 1 on errors."
    )

    @Argument(help: "Plugin files or folders (default: the Plugins folder).")
    var paths: [String] = []

    func run() throws {
        let targets = paths.isEmpty ? ["Plugins"] : paths
        for path in targets where !FileManager.default.fileExists(atPath: path) {
            throw CLIError.io(path: path, reason: "no such file or folder")
        }
        let diagnostics = PluginTargets.check(targets)
        let checked = targets.filter { !PluginTargets.isAnnotations($0) }.reduce(0) { count, path in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            guard isDirectory.boolValue, !FileManager.default.fileExists(atPath: path + "/plugin.lua") else { return count + 1 }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return count + names.filter { !$0.hasPrefix(".") && $0 != "types" && ($0.hasSuffix(".lua") || FileManager.default.fileExists(atPath: path + "/" + $0 + "/plugin.lua")) }.count
        }
        for diagnostic in diagnostics { Terminal.line(diagnostic.formatted) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        Terminal.line("\(checked) plugin\(checked == 1 ? "" : "s") checked, \(errors) error\(errors == 1 ? "" : "s").")
        if errors > 0 { throw CLIError.content("") }
    }
}
