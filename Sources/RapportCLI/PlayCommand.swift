import ArgumentParser
import Foundation
import LuaBridge
import RapportCore
import RapportEngine

/// `rapport play`: a call with a scripted customer, one line at a time.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Take a call with a difficult customer.",
        discussion: "Type your reply and press Enter. Ctrl-D or :quit ends the call. Works with piped input too."
    )

    @Argument(help: "A scenario id from the pack, or the path of a scenario file. Without it, pick from a list.")
    var scenario: String?

    @Option(name: .long, help: "The scenario pack folder.")
    var pack: String = "Scenarios"

    @Option(name: .long, help: "Seed for the customer's variants; the same seed and replies replay the same call.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Folder for the session transcript (default: the sessions folder under the data directory).")
    var save: String?

    func run() throws {
        let path = try resolveScenario()
        let runtime: ScenarioRuntime
        switch ScenarioRuntime.load(path: path, seed: seed) {
        case .success(let loaded): runtime = loaded
        case .failure(let failure): throw DiagnosticsError(diagnostics: failure.diagnostics)
        }
        let session = Session(runtime: runtime, analyzer: ReplyAnalyzer(), seed: seed)
        let folder = save ?? DataDirectory.sessions
        let log = try SessionLog(path: folder + "/" + SessionFiles.name(scenario: runtime.definition.id))
        let loop = PlainLoop(session: session, log: log, input: StandardInputReader())
        try loop.run()
    }

    func resolveScenario() throws -> String {
        if let scenario {
            if scenario.hasSuffix(".lua") || FileManager.default.fileExists(atPath: scenario) {
                guard FileManager.default.fileExists(atPath: scenario) else { throw CLIError.io(path: scenario, reason: "no such file") }
                return scenario
            }
            let catalog = try Catalogs.open(pack)
            guard let path = catalog.path(of: scenario) else {
                let known = catalog.entries.compactMap(\.definition?.id).joined(separator: ", ")
                throw CLIError.usage("no scenario '\(scenario)' in \(pack) (available: \(known.isEmpty ? "none" : known))")
            }
            return path
        }
        return try ScenarioPicker(pack: pack, input: StandardInputReader()).pick()
    }
}

/// Names for session files: the scenario and the time, sortable.
enum SessionFiles {
    static func name(scenario: String, date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return "\(formatter.string(from: date))-\(scenario)-\(getpid()).jsonl"
    }
}
