import RapportCore

/// The result of one golden test, as a CI test case.
public struct TestCaseResult: Sendable, Codable, Hashable {
    /// The test's name in the scenario.
    public var name: String
    /// The scenario id (the file name when the scenario did not load).
    public var scenario: String
    /// The scenario file.
    public var file: String
    /// The line where the test is declared, when it can be found.
    public var line: Int?
    /// Nil when the test passed; otherwise every reason it failed, in one sentence each.
    public var failure: String?
    /// Wall-clock seconds the test took.
    public var seconds: Double

    /// True when every expectation held.
    public var passed: Bool { failure == nil }

    /// A result; `failure` nil means the test passed.
    public init(name: String, scenario: String, file: String, line: Int?, failure: String?, seconds: Double) {
        self.name = name
        self.scenario = scenario
        self.file = file
        self.line = line
        self.failure = failure
        self.seconds = seconds
    }
}

/// What the dynamic exploration saw, with counts: how often each ending, goal, story part and declared line came up.
public struct Coverage: Sendable, Codable, Hashable {
    /// Conversations played.
    public var conversations = 0
    /// Turns in the conversations played, each counted from its first reply. Exploration forks a conversation from
    /// its parent state's saved copy instead of replaying the path, so it plays fewer turns than this; the count is
    /// what replaying every path would play (and did, before forking), so reports stay comparable.
    public var turns = 0
    /// Calls that ended, by outcome.
    public var endings: [String: Int] = [:]
    /// Turns after which each goal was met.
    public var goals: [String: Int] = [:]
    /// Turns after which each story part was out.
    public var reveals: [String: Int] = [:]
    /// Times each declared customer line was said (opening variants, mood lines, closings, story lines).
    public var lines: [String: Int] = [:]
    /// Calls that ran to the turn limit.
    public var turnLimitHits = 0

    /// Nothing covered yet.
    public init() {}

    /// Declared lines said at least once.
    public var linesSaid: Int { lines.values.filter { $0 > 0 }.count }
}

/// Everything the validator found about one scenario file.
public struct ScenarioReport: Sendable, Codable, Hashable {
    /// The file.
    public var path: String
    /// The scenario id, when the file loaded.
    public var scenarioID: String?
    /// The line that sets the id (for RP0012).
    public var idLine: Int?
    /// The scenario's api_version, for the pack manifest's checks.
    public var apiVersion: Int?
    /// The scenario's skills, for the manifest's learning outcomes.
    public var skills: [String] = []
    /// Problems found, sorted by line.
    public var diagnostics: [Diagnostic]
    /// The golden tests, in declaration order.
    public var tests: [TestCaseResult]
    /// What probe exploration covered (nil when skipped or the file did not load).
    public var exploration: Coverage?
    /// What the random playthroughs covered (nil when skipped or the file did not load).
    public var random: Coverage?
    /// Wall-clock seconds spent on this file.
    public var seconds: Double
    /// Turns the scripts actually ran for this file, every check included (the reuse check, golden tests, exploration,
    /// the rubric check, random games). Fewer than ``simulatedTurns`` counts, since exploration forks from saved states.
    public var playedTurns = 0

    /// A report for the file at `path`.
    public init(path: String, scenarioID: String? = nil, diagnostics: [Diagnostic] = [], tests: [TestCaseResult] = [],
                exploration: Coverage? = nil, random: Coverage? = nil, seconds: Double = 0) {
        self.path = path
        self.scenarioID = scenarioID
        self.diagnostics = diagnostics
        self.tests = tests
        self.exploration = exploration
        self.random = random
        self.seconds = seconds
    }

    /// Turns simulated by exploration, random play and golden tests.
    public var simulatedTurns: Int { (exploration?.turns ?? 0) + (random?.turns ?? 0) }
}

/// Everything the validator found about a pack: per-file reports plus problems across files (duplicate ids, manifest).
public struct PackReport: Sendable, Codable, Hashable {
    /// One report per scenario file, sorted by path.
    public var scenarios: [ScenarioReport]
    /// Problems that belong to the pack: duplicate ids, the manifest.
    public var packDiagnostics: [Diagnostic]
    /// Wall-clock seconds for the whole validation.
    public var seconds: Double

    /// A pack report from its parts.
    public init(scenarios: [ScenarioReport], packDiagnostics: [Diagnostic], seconds: Double) {
        self.scenarios = scenarios
        self.packDiagnostics = packDiagnostics
        self.seconds = seconds
    }

    /// Every diagnostic, the pack's first, then each file's.
    public var allDiagnostics: [Diagnostic] { packDiagnostics + scenarios.flatMap(\.diagnostics) }

    /// Every golden test result.
    public var allTests: [TestCaseResult] { scenarios.flatMap(\.tests) }

    /// The number of diagnostics of a severity.
    public func count(_ severity: Severity) -> Int { allDiagnostics.filter { $0.severity == severity }.count }

    /// True when there are no errors (and, when `strict`, no warnings either). Failed golden tests are errors.
    public func isClean(strict: Bool) -> Bool {
        count(.error) == 0 && (!strict || count(.warning) == 0)
    }
}
