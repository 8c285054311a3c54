import RapportCore
import RapportEngine
import RapportProgress

extension SessionEntry {
    /// The stored form of a saved call.
    init(_ call: Repl.CompletedCall, shiftID: Int64?, callNumber: Int?) {
        let definition = call.session.definition
        let stats = CallStats(transcript: call.session.transcript, definition: definition, score: call.debrief.score)
        self.init(scenarioID: definition.id, title: definition.title, difficulty: definition.difficulty, skills: definition.skills,
                  startedAt: call.startedAt, endedAt: call.endedAt, empathy: stats.empathy, resolution: stats.resolution,
                  outcome: call.debrief.outcome.rawValue, turnEmpathy: stats.turnEmpathy, wordsPerReply: stats.wordsPerReply,
                  harmfulReplies: stats.harmfulReplies, mode: call.mode.rawValue, seed: Int64(bitPattern: call.session.seed),
                  shiftID: shiftID, callNumber: callNumber)
    }
}
