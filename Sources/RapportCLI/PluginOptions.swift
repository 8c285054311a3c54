import ArgumentParser
import Foundation
import RapportCore
import RapportEngine

/// `--plugins DIR` and `--no-plugins`, shared by the commands that analyse replies.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugins"), help: "Folder of plugins to load (default: ./Plugins when it exists).")
    var directory: String?

    @Flag(name: .customLong("no-plugins"), help: "Load no plugins.")
    var disabled = false

    /// The plugins to use. Plugins that do not load are reported on stderr and left out; the rest still run.
    func load() throws -> PluginSet {
        if disabled { return .none }
        let folder = directory ?? "Plugins"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            if directory != nil { throw CLIError.io(path: folder, reason: "no such folder") }
            return .none
        }
        let (set, diagnostics) = PluginSet.load(directory: folder)
        for diagnostic in diagnostics {
            Terminal.error("\(diagnostic.formatted) (plugin not loaded; run 'rapport plugins check')")
        }
        return set
    }

    /// The analyzer with the plugins' lexicons and `analyze` hooks, or the built-in one when there are none.
    func analyzer() throws -> (any ReplyAnalyzing, PluginSet) {
        let set = try load()
        if set.plugins.isEmpty { return (ReplyAnalyzer(), set) }
        return (PluginAnalyzer(plugins: set), set)
    }
}
