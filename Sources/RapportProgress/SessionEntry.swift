import Foundation
import GRDB
import RapportCore

/// One stored call: a `rapport play` session or one call of a shift. A row of the `session` table.
public struct SessionEntry: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    /// The table the rows live in (named in the migrations).
    public static let databaseTableName = "session"

    /// The row id, set when saved.
    public var id: Int64?
    /// The scenario's id.
    public var scenarioID: String
    /// The scenario's title.
    public var title: String
    /// The scenario's difficulty, 1–5.
    public var difficulty: Int
    /// The scenario's skills and tags, including `outcome:<name>` learning-outcome tags.
    public var skills: [String]
    /// When the call started.
    public var startedAt: Date
    /// When it ended.
    public var endedAt: Date
    /// The session's empathy score, 0–100.
    public var empathy: Int
    /// The session's resolution score, 0–100.
    public var resolution: Int
    /// How the call ended (`resolved`, `escalated`, `unresolved`, `abandoned`).
    public var outcome: String
    /// Each reply's empathy score, in order.
    public var turnEmpathy: [Int]
    /// Mean words per reply.
    public var wordsPerReply: Double
    /// Replies with at least one harmful technique.
    public var harmfulReplies: Int
    /// `coach` or `exam`.
    public var mode: String
    /// The seed of the customer's variants.
    public var seed: Int64
    /// The shift this call belonged to, or nil for a `rapport play` session.
    public var shiftID: Int64?
    /// The call's position in its shift (1-based), or nil.
    public var callNumber: Int?

    /// Stores the values as given; `id` stays nil until saved.
    public init(scenarioID: String, title: String, difficulty: Int, skills: [String], startedAt: Date, endedAt: Date,
                empathy: Int, resolution: Int, outcome: String, turnEmpathy: [Int], wordsPerReply: Double, harmfulReplies: Int,
                mode: String, seed: Int64, shiftID: Int64? = nil, callNumber: Int? = nil) {
        self.scenarioID = scenarioID
        self.title = title
        self.difficulty = difficulty
        self.skills = skills
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.empathy = empathy
        self.resolution = resolution
        self.outcome = outcome
        self.turnEmpathy = turnEmpathy
        self.wordsPerReply = wordsPerReply
        self.harmfulReplies = harmfulReplies
        self.mode = mode
        self.seed = seed
        self.shiftID = shiftID
        self.callNumber = callNumber
    }

    /// The number of replies.
    public var replies: Int { turnEmpathy.count }

    /// The learning outcomes the scenario is tagged with (the names after `outcome:`).
    public var outcomes: [String] {
        skills.filter { $0.hasPrefix("outcome:") }.map { String($0.dropFirst("outcome:".count)) }
    }

    /// The skills that are not outcome tags.
    public var plainSkills: [String] { skills.filter { !$0.hasPrefix("outcome:") } }

    /// Records the row id after an insert.
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
