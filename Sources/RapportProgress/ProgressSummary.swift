import Foundation

/// What `rapport progress` reports, computed from the stored sessions: per-skill trends, best and latest scores
/// per scenario and per skill, and how often each learning outcome was practised.
public struct ProgressSummary: Sendable, Hashable {
    /// Scores over time for one skill or one scenario.
    public struct Track: Sendable, Hashable {
        /// The skill tag or scenario id.
        public var name: String
        /// Empathy of each session, oldest first.
        public var empathy: [Int]
        /// Resolution of each session, oldest first.
        public var resolution: [Int]
        /// The best empathy score.
        public var bestEmpathy: Int { empathy.max() ?? 0 }
        /// The most recent empathy score.
        public var latestEmpathy: Int { empathy.last ?? 0 }
        /// The best resolution score.
        public var bestResolution: Int { resolution.max() ?? 0 }
        /// The most recent resolution score.
        public var latestResolution: Int { resolution.last ?? 0 }
        /// How many sessions.
        public var count: Int { empathy.count }
    }

    /// One track per plain skill (not `outcome:` tags), by name.
    public var skills: [Track]
    /// One track per scenario, by id.
    public var scenarios: [Track]
    /// How many sessions practised each learning outcome; outcomes in `knownOutcomes` never practised count 0.
    public var outcomes: [OutcomeCount]
    /// How many sessions in all.
    public var sessionCount: Int

    /// A learning outcome and how many sessions practised it.
    public struct OutcomeCount: Sendable, Hashable {
        /// The outcome's name (the part after `outcome:`).
        public var name: String
        /// Sessions whose scenario is tagged with it.
        public var sessions: Int
        /// Shift activities that practise it outside a call: check-ins for `warning-signs`, recovery tools used
        /// for `recovery-tools` (see ``ProgressSummary/shiftOutcomes``).
        public var shiftActivities: Int = 0
        /// True when any session or shift activity practised it.
        public var practised: Bool { sessions + shiftActivities > 0 }
    }

    /// The learning outcomes a shift practises between calls: the check-in on the warning signs of compassion
    /// fatigue, and the recovery tools. Named as in the shipped pack's outcome map (`Scenarios/pack.lua`).
    public static let shiftOutcomes = (checkIn: "warning-signs", tool: "recovery-tools")

    /// The summary of `sessions` (any order; sorted by start time here). `knownOutcomes` (for example the pack's
    /// outcome map) are listed even when never practised, in the order given, before any others. Each shift in
    /// `shifts` with at least one answered check-in counts once for ``shiftOutcomes``'s `checkIn` outcome, and
    /// each recovery tool used counts once for its `tool` outcome.
    public init(sessions: [SessionEntry], knownOutcomes: [String] = [], shifts: [ShiftDetail] = []) {
        let ordered = sessions.sorted { ($0.startedAt, $0.id ?? 0) < ($1.startedAt, $1.id ?? 0) }
        func tracks(_ key: (SessionEntry) -> [String]) -> [Track] {
            var byName: [String: Track] = [:]
            for session in ordered {
                for name in key(session) {
                    byName[name, default: Track(name: name, empathy: [], resolution: [])].empathy.append(session.empathy)
                    byName[name]!.resolution.append(session.resolution)
                }
            }
            return byName.values.sorted { $0.name < $1.name }
        }
        skills = tracks(\.plainSkills)
        scenarios = tracks { [$0.scenarioID] }
        var counts: [String: Int] = [:]
        for session in ordered { for outcome in Set(session.outcomes) { counts[outcome, default: 0] += 1 } }
        let extra = counts.keys.filter { !knownOutcomes.contains($0) }.sorted()
        var activities: [String: Int] = [:]
        activities[ProgressSummary.shiftOutcomes.checkIn] = shifts.filter { !$0.checkIns.isEmpty }.count
        activities[ProgressSummary.shiftOutcomes.tool] = shifts.reduce(0) { $0 + $1.tools.count }
        let active = activities.filter { $0.value > 0 }.keys.filter { !knownOutcomes.contains($0) && counts[$0] == nil }.sorted()
        outcomes = (knownOutcomes + extra + active).map {
            OutcomeCount(name: $0, sessions: counts[$0] ?? 0, shiftActivities: activities[$0] ?? 0)
        }
        sessionCount = ordered.count
    }
}
