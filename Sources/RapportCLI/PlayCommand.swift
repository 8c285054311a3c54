import ArgumentParser
import Foundation
import LuaBridge
import RapportCore
import RapportEngine

/// `rapport play`: a call with a scripted customer at the terminal, with line editing when a person types and
/// plain lines when input is piped.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Take a call with a difficult customer.",
        discussion: """
            Type your reply and press Enter; :help lists the commands. Ctrl-C cancels the line, Ctrl-D or :quit \
            ends the call with a debrief. Works with piped input too. The transcript and debrief are saved under \
            $XDG_DATA_HOME/rapport/sessions (or --save DIR); the scores go to your progress database \
            ($XDG_DATA_HOME/rapport/progress.sqlite, see 'rapport progress').
            """
    )

    @Argument(help: "A scenario id from the pack, or the path of a scenario file. Without it, pick from a list.")
    var scenario: String?

    @Option(name: .long, help: "The scenario pack folder.")
    var pack: String = "Scenarios"

    @Option(name: .long, help: "Seed for the customer's variants; the same seed and replies replay the same call.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "coach: feedback and a tip after each reply; exam: feedback only in the debrief.")
    var mode: PlayMode = .coach

    @Option(name: .long, help: "Folder for the session files (default: the sessions folder under the data directory).")
    var save: String?

    @OptionGroup var pluginOptions: PluginOptions

    func run() throws {
        let screen = Screen(output: StandardScreenOutput(), profile: TerminalProfile.detect())
        let reader = Self.makeReader()
        let runtime = try loadScenario(reader: reader, screen: screen)
        let plugins = try pluginOptions.load()
        let analyzer: any ReplyAnalyzing
        if plugins.plugins.isEmpty {
            analyzer = DeferredAnalyzer()
        } else {
            // One set of plugin states for the analysis and the session's hooks: a plugin switched off by a failure
            // in one hook stays off for all of them. (Single-threaded: the analyzer returns the set before hooks run.)
            let pluginAnalyzer = PluginAnalyzer(plugins: plugins)
            Thread.detachNewThread { pluginAnalyzer.warmUp() }  // compile the lexicon while the trainee reads
            analyzer = pluginAnalyzer
        }
        let session = Session(runtime: runtime, analyzer: analyzer, seed: seed, plugins: plugins)
        let restore = reader.isInteractive ? InterruptGuard.install() : {}
        defer { restore() }
        let recorder = ProgressRecorder(path: DataDirectory.progress) { screen.line(Styled($0, .warn)) }
        let repl = try Repl(session: session, reader: reader, screen: screen,
                            options: Repl.Options(mode: mode, saveFolder: save ?? DataDirectory.sessions,
                                                  onArchived: { recorder.record($0) }))
        try repl.run()
    }

    /// libedit when a person is at a terminal (input and output), plain lines otherwise; made on first use.
    static func makeReader() -> any LineReader {
        guard Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal else { return StandardInputReader() }
        return DeferredLineReader(isInteractive: true) { () -> any LineReader in
            if let editor = EditLineReader(historyPath: DataDirectory.history) { return editor }
            return StandardInputReader()
        }
    }

    /// The runtime of the scenario named on the command line, or of the one the trainee picks.
    func loadScenario(reader: any LineReader, screen: Screen) throws -> ScenarioRuntime {
        guard let scenario else { return try load(ScenarioPicker(pack: pack, input: reader, screen: screen).pick()) }
        if scenario.hasSuffix(".lua") || scenario.contains("/") || FileManager.default.fileExists(atPath: scenario) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: scenario, isDirectory: &isFolder) else { throw CLIError.io(path: scenario, reason: "no such file") }
            if isFolder.boolValue {
                throw CLIError.usage("\(scenario) is a folder: to pick from its scenarios, run 'rapport \(Self.configuration.commandName ?? "play") --pack \(scenario)'")
            }
            return try load(scenario)
        }
        // Fast path: a pack file named after the id (no need to load the whole pack to find it).
        let direct = (pack.hasSuffix("/") ? pack : pack + "/") + scenario + ".lua"
        if FileManager.default.fileExists(atPath: direct), case .success(let runtime) = ScenarioRuntime.load(path: direct, seed: seed),
           runtime.definition.id == scenario {
            return runtime
        }
        let catalog = try Catalogs.open(pack)
        guard let path = catalog.path(of: scenario) else {
            let known = catalog.entries.compactMap(\.definition?.id).joined(separator: ", ")
            throw CLIError.usage("no scenario '\(scenario)' in \(pack) (available: \(known.isEmpty ? "none" : known))")
        }
        return try load(path)
    }

    func load(_ path: String) throws -> ScenarioRuntime {
        switch ScenarioRuntime.load(path: path, seed: seed) {
        case .success(let loaded): return loaded
        case .failure(let failure): throw DiagnosticsError(diagnostics: failure.diagnostics)
        }
    }
}

/// Names for session files: the scenario and the time, sortable.
enum SessionFiles {
    /// A path in `folder` for a new session log that no file has yet (a restart within the same second gets `-2`).
    static func newPath(folder: String, scenario: String) -> String {
        let base = folder + "/" + String(name(scenario: scenario).dropLast(6))
        var candidate = base + ".jsonl", n = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = base + "-\(n).jsonl"
            n += 1
        }
        return candidate
    }

    /// `yyyyMMdd-HHmmss-ID-PID.jsonl`, the time in UTC (formatted by hand: DateFormatter costs milliseconds at
    /// start-up, on the path to the customer's first line).
    static func name(scenario: String, date: Date = Date()) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let stamp = "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
        return "\(stamp)-\(scenario)-\(getpid()).jsonl"
    }
}
