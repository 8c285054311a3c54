import ArgumentParser
import Foundation
import RapportCore
import RapportEngine

/// `rapport shift`: a run of calls as in a real shift, with check-ins, recovery tools and an end-of-shift summary.
struct ShiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shift",
        abstract: "Take a shift of calls, with check-ins between them and a summary of your empathy trend.",
        discussion: """
            The calls are chosen from the pack to start easier, peak in the middle and ease off. Each call works as in \
            'rapport play' (:quit ends the call, the shift goes on). Between calls: a short self-check on the warning \
            signs of compassion fatigue (not a clinical test) and, when it or your scores call for it, a recovery tool. \
            Type q at a check-in or press Ctrl-D to end the shift early; it is still saved and summarised. \
            See docs/shift-mode.md.
            """
    )

    @Option(name: .long, help: "How many calls.")
    var calls: Int = 5

    @Option(name: .long, help: "Seed for choosing the calls and the customers' variants (default: a new one each shift, shown at the start).")
    var seed: UInt64?

    @Option(name: .long, help: "The scenario pack folder.")
    var pack: String = "Scenarios"

    @Option(name: .long, help: "coach: feedback and a tip after each reply; exam: feedback only in each call's debrief.")
    var mode: PlayMode = .coach

    @Option(name: .long, help: "Folder for the calls' session files (default: the sessions folder under the data directory).")
    var save: String?

    @OptionGroup var pluginOptions: PluginOptions

    func validate() throws {
        guard (1...20).contains(calls) else { throw ValidationError("--calls must be from 1 to 20.") }
    }

    func run() throws {
        let screen = Screen(output: StandardScreenOutput(), profile: TerminalProfile.detect())
        let seed = self.seed ?? UInt64(Date().timeIntervalSince1970 * 1000) % 1_000_000
        let lineup = ShiftRunner.lineup(catalog: try Catalogs.open(pack), calls: calls, seed: seed)
        guard !lineup.isEmpty else { throw CLIError.usage("no scenarios that load in \(pack); 'rapport validate \(pack)' says why") }
        let plugins = try pluginOptions.load()  // reports broken plugins once; each call gets fresh plugin states
        let pluginFolder = pluginOptions.directory ?? "Plugins"
        let reader = PlayCommand.makeReader()
        let recorder = ProgressRecorder(path: DataDirectory.progress) { screen.line(Styled($0, .warn)) }
        let restore = reader.isInteractive ? InterruptGuard.install() : {}
        defer { restore() }
        let runner = ShiftRunner(
            lineup: lineup, reader: reader, screen: screen, recorder: recorder, pacer: TerminalPacer(),
            options: ShiftRunner.Options(seed: seed, mode: mode, saveFolder: save ?? DataDirectory.sessions,
                                         breathing: BreathingTimer(inPlace: Terminal.stdoutIsTerminal && !Terminal.isDumb)),
            makeSession: { runtime, seed in
                let set = plugins.plugins.isEmpty ? plugins : PluginSet.load(directory: pluginFolder).0
                let analyzer: any ReplyAnalyzing = set.plugins.isEmpty ? DeferredAnalyzer() : PluginAnalyzer(plugins: set)
                return Session(runtime: runtime, analyzer: analyzer, seed: seed, plugins: set)
            })
        try runner.run()
    }
}
