import Foundation
@testable import RapportCLI
import RapportCore
import RapportEngine
import RapportProgress

/// A pacer that never waits: it counts the seconds asked for and can stop the exercise after some of them.
final class CountingPacer: Pacer {
    private(set) var seconds = 0.0
    private(set) var calls = 0
    let stopAfter: Int?

    init(stopAfter: Int? = nil) { self.stopAfter = stopAfter }

    func wait(seconds: Double) -> Bool {
        self.seconds += seconds
        calls += 1
        return stopAfter.map { calls >= $0 } ?? false
    }
}

/// A pack of five small scenarios, difficulty 1 to 5, whose customer tells their story when asked "what happened".
func writeShiftPack() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-shift-pack-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let names = ["Ann", "Ben", "Cat", "Dev", "Eve"]
    for level in 1...5 {
        let source = """
        return scenario {
          api_version = 1,
          id = "level-\(level)",
          title = "Level \(level) call",
          difficulty = \(level),
          skills = { "acknowledge", "outcome:why-empathy"\(level == 5 ? ", \"outcome:resilience\"" : "") },
          persona = { name = "\(names[level - 1])", mood = -50, patience = 9, story = { { id = "why", text = "\(names[level - 1])'s mother is in hospital." } } },
          opening = "My parcel never came.",
          goals = {
            { id = "sorry", description = "Apologise", techniques = { "apology" } },
            { id = "refund", description = "Offer a refund", phrases = { "refund" } },
          },
          respond = function(turn, customer)
            if turn.text:lower():find("what happened") then customer:reveal("why") end
            return "Line " .. turn.number .. "."
          end,
        }
        """
        try source.write(to: folder.appendingPathComponent("level-\(level).lua"), atomically: true, encoding: .utf8)
    }
    return folder.path
}

/// A shift wired to scripted input, captured output, a temporary database and a pacer that never waits.
struct ShiftHarness {
    let output = CapturedOutput()
    let reader: ScriptedLineReader
    let pacer: CountingPacer
    let store: ProgressStore
    let runner: ShiftRunner
    let saveFolder: String

    init(_ lines: [String], calls: Int = 5, seed: UInt64 = 11, pacer: CountingPacer = CountingPacer(), store: ProgressStore? = nil,
         profile: TerminalProfile = TerminalProfile(color: false, unicode: true, columns: nil)) throws {
        reader = ScriptedLineReader(lines)
        self.pacer = pacer
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-shift-\(UUID().uuidString)").path
        self.store = try store ?? ProgressStore(path: base + "/progress.sqlite")
        saveFolder = base + "/sessions"
        try FileManager.default.createDirectory(atPath: saveFolder, withIntermediateDirectories: true)
        let lineup = ShiftRunner.lineup(catalog: try ScenarioCatalog(directory: try writeShiftPack()), calls: calls, seed: seed)
        let screen = Screen(output: output, profile: profile)
        runner = ShiftRunner(lineup: lineup, reader: reader, screen: screen,
                             recorder: ProgressRecorder(store: self.store) { screen.line(Styled($0, .warn)) }, pacer: pacer,
                             options: ShiftRunner.Options(seed: seed, saveFolder: saveFolder),
                             makeSession: { runtime, seed in Session(runtime: runtime, analyzer: ReplyAnalyzer(), seed: seed) })
    }

    /// Runs the shift and returns everything shown.
    func run() throws -> String {
        try runner.run()
        return output.text
    }
}
