import Foundation
@testable import RapportCLI
import RapportCore
import RapportEngine

/// A REPL wired to scripted input and captured output, for tests.
struct ReplHarness {
    let output = CapturedOutput()
    let reader: ScriptedLineReader
    let folder: URL
    let repl: Repl

    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Plays `path` (default: the shipped double-charge scenario) with `events` as input.
    init(_ events: [LineEvent], path: String = ReplHarness.root + "/Scenarios/double-charge.lua", mode: PlayMode = .coach,
         profile: TerminalProfile = TerminalProfile(color: false, unicode: true, columns: nil), seed: UInt64 = 1) throws {
        reader = ScriptedLineReader(events: events)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-repl-\(UUID().uuidString)")
        let runtime = try ScenarioRuntime.load(path: path, seed: seed).get()
        let session = Session(runtime: runtime, analyzer: ReplyAnalyzer(), seed: seed)
        repl = try Repl(session: session, reader: reader, screen: Screen(output: output, profile: profile),
                        options: Repl.Options(mode: mode, saveFolder: folder.path))
    }

    /// Lines as replies, then end of input.
    init(lines: [String], path: String = ReplHarness.root + "/Scenarios/double-charge.lua", mode: PlayMode = .coach,
         profile: TerminalProfile = TerminalProfile(color: false, unicode: true, columns: nil)) throws {
        try self.init(lines.map(LineEvent.line), path: path, mode: mode, profile: profile)
    }

    /// Runs the call and returns everything shown.
    func run() throws -> String {
        try repl.run()
        return output.text
    }

    /// The files written to the save folder, sorted.
    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }
}

/// Writes a scenario file for a test and returns its path.
func writeScenario(_ source: String, name: String = "test") throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).lua")
    try source.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

/// A small scenario: Sam is upset about a parcel; an apology is the required goal.
let parcelScenario = """
return scenario {
  api_version = 1,
  id = "parcel",
  title = "Lost parcel",
  persona = { name = "Sam", mood = -90, patience = 6 },
  opening = "My parcel never came.",
  goals = { { id = "sorry", description = "Apologise", techniques = { "apology" }, required = true } },
  respond = function(turn, customer)
    if turn.text == "boom" then local t = nil; return t.x end
    return "Line " .. turn.number .. "."
  end,
}
"""
