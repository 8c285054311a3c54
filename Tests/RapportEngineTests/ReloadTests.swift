import Foundation
import Testing
import LuaBridge
import RapportCore
@testable import RapportEngine

@Suite struct ReloadTests {
    func scenarioFile(_ source: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reload-\(UUID().uuidString).lua")
        try source.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func reloadReplaysTheRepliesIntoTheEditedScript() throws {
        let path = try scenarioFile(minimalScenario.replacingOccurrences(of: "patience = 2", with: "patience = 5"))
        let session = Session(runtime: try ScenarioRuntime.load(path: path).get(), analyzer: MarkerAnalyzer(), seed: 4)
        _ = try session.start()
        _ = try session.reply("Okay.")
        _ = try session.reply("Hmm, right.")
        let edited = minimalScenario.replacingOccurrences(of: "patience = 2", with: "patience = 5")
            .replacingOccurrences(of: "opening =", with: "respond = function() return \"Edited line.\" end,\n  opening =")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)

        let replay = try session.reloaded().get()
        #expect(replay.replayed == 2)
        #expect(replay.dropped.isEmpty)
        #expect(replay.session.transcript.turns.map(\.reply) == ["Okay.", "Hmm, right."])
        #expect(replay.session.transcript.turns.map(\.customerLine) == ["Edited line.", "Edited line."])
        #expect(replay.session.seed == 4)
        // The old session is untouched.
        #expect(session.transcript.turns.map(\.customerLine) != ["Edited line.", "Edited line."])
    }

    @Test func aBrokenEditFailsWithFileAndLineAndKeepsTheOldSession() throws {
        let path = try scenarioFile(minimalScenario)
        let session = Session(runtime: try ScenarioRuntime.load(path: path).get(), analyzer: MarkerAnalyzer(), seed: 1)
        _ = try session.start()
        _ = try session.reply("Okay.")
        try "return scenario {\n  api_version = 1,\n  id = = 2\n}\n".write(toFile: path, atomically: true, encoding: .utf8)
        guard case .failure(let failure) = session.reloaded() else { Issue.record("expected the reload to fail"); return }
        #expect(failure.diagnostics.first?.file == path)
        #expect(failure.diagnostics.first?.line == 3)
        #expect(session.transcript.turns.count == 1)
        #expect(try session.reply("Still here?").record.number == 2)
    }

    @Test func repliesAfterTheNewCallEndedAreDropped() throws {
        // Furious (-90): an apology meets the goal but cannot resolve the call yet.
        let path = try scenarioFile(minimalScenario.replacingOccurrences(of: "mood = -40, patience = 2", with: "mood = -90, patience = 5"))
        let session = Session(runtime: try ScenarioRuntime.load(path: path).get(), analyzer: MarkerAnalyzer(), seed: 1)
        _ = try session.start()
        #expect(try session.reply("I'm sorry.").outcome == nil)
        _ = try session.reply("Okay then.")
        // After the edit the customer is only upset, so the first reply resolves the call.
        try minimalScenario.write(toFile: path, atomically: true, encoding: .utf8)
        let replay = try session.reloaded().get()
        #expect(replay.session.isOver)
        #expect(replay.replayed == 1)
        #expect(replay.dropped == ["Okay then."])
    }

    @Test func restartIsAReloadThatReplaysNothing() throws {
        let path = repositoryRoot + "/Scenarios/double-charge.lua"
        let session = Session(runtime: try ScenarioRuntime.load(path: path, seed: 2).get(), analyzer: MarkerAnalyzer(), seed: 2)
        let opening = try session.start()
        _ = try session.reply("Hi.")
        let replay = try session.reloaded(replaying: 0).get()
        #expect(replay.session.transcript.turns.isEmpty)
        #expect(replay.session.transcript.opening == opening)
    }
}
