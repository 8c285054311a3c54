import Foundation
import LuaBridge
import RapportCore

/// Validates one scenario file: static checks, golden tests, probe exploration and random playthroughs.
///
/// Pure data in, a ``ScenarioReport`` out: problems are diagnostics, never thrown, and nothing is printed.
/// Each call builds its own runtimes, so one validator may validate many files on many threads at once.
public struct ScenarioValidator: Sendable {
    /// What to check, within which bounds.
    public let options: ValidationOptions
    /// The analyzer golden tests, probes and random games are judged with (cached per scenario).
    public let analyzer: any ReplyAnalyzing
    /// `analyzer`'s prepared replies, shared by the scenarios' caches (they all get the built-in probes).
    private let preparedReplies = PreparedReplies()

    /// A validator with `options` that judges replies with `analyzer` (the real ``ReplyAnalyzer`` in the CLI).
    public init(options: ValidationOptions = ValidationOptions(), analyzer: any ReplyAnalyzing) {
        self.options = options
        self.analyzer = analyzer
    }

    /// Reads and validates the file at `path`; an unreadable file is an RP0002 diagnostic.
    public func validate(path: String) -> ScenarioReport {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ScenarioReport(path: path, diagnostics: [Diagnostic(code: DiagnosticCode.loadError.rawValue, severity: .error, file: path,
                                                                       message: "cannot read the file")])
        }
        return validate(source: String(decoding: data, as: UTF8.self), path: path)
    }

    /// Validates a scenario given as source text; `path` names it in diagnostics.
    public func validate(source: String, path: String) -> ScenarioReport {
        let started = ContinuousClock.now
        var checks = StaticChecks(source: source, path: path)
        checks.checkSource()
        var report = ScenarioReport(path: path)
        let runtime: ScenarioRuntime
        switch ScenarioRuntime.load(source: source, path: path, seed: 1, limits: options.limits) {
        case .failure(let failure):
            report.diagnostics = Self.merge(load: failure.diagnostics, scanned: checks.diagnostics)
            report.seconds = Self.seconds(since: started)
            return report
        case .success(let loaded):
            runtime = loaded
        }
        let definition = runtime.definition
        let spec = runtime.spec.tableValue ?? LuaTable()
        report.scenarioID = definition.id
        report.idLine = checks.index.line(ofKey: "id", value: definition.id)
        report.apiVersion = definition.apiVersion
        report.skills = definition.skills
        checks.checkScenario(definition, spec: spec)
        var found = Self.merge(load: runtime.diagnostics, scanned: checks.diagnostics)

        let harness = ScenarioHarness(source: source, path: path, definition: definition, analyzer: CachingAnalyzer(analyzer, sharing: preparedReplies),
                                      limits: options.limits, declaredLines: StaticChecks.declaredLines(spec).map(\.text))
        let probes = Probe.probes(for: definition)
        harness.setBudget(seconds: options.secondsPerScenario)
        if options.explore || options.randomGames > 0 || !definition.tests.isEmpty { harness.checkReuse(probes: probes) }
        let tests = GoldenTests(harness: harness, index: checks.index).run()
        report.tests = tests.results
        found += tests.diagnostics

        if options.explore, harness.fatal == nil {
            let exploration = ProbeExplorer(harness: harness, probes: probes, bound: options.stateBound).run()
            report.exploration = exploration.coverage
            for (steps, line) in exploration.stuck.prefix(3) {
                found.append(Diagnostic(code: DiagnosticCode.repeatsForever.rawValue, severity: .warning, file: path,
                                        line: checks.location(of: line, key: "lines"),
                                        message: "the customer says \"\(line.prefix(80))\" forever: no probe changes anything "
                                            + "(after \(steps.map { probes[$0].name }.joined(separator: ", ")))"))
            }
            if harness.fatal == nil {
                for problem in RubricCheck(harness: harness, probes: probes).run() {
                    found.append(Diagnostic(code: DiagnosticCode.unfairRubric.rawValue, severity: .error, file: path,
                                            line: checks.index.line(ofKey: "weights") ?? checks.index.line(ofKey: "goals"), message: problem))
                }
            }
        }
        if options.randomGames > 0, harness.fatal == nil {
            let random = RandomPlayer(harness: harness, probes: probes, games: options.randomGames).run()
            report.random = random
            if random.turnLimitHits > 0 {
                found.append(Diagnostic(code: DiagnosticCode.turnLimitHit.rawValue, severity: .info, file: path, line: checks.index.line(ofKey: "max_turns"),
                                        message: "\(random.turnLimitHits) of \(random.conversations) random playthroughs ran to the turn limit (max_turns = \(definition.maxTurns))"))
            }
        }
        if report.exploration != nil || report.random != nil, harness.fatal == nil {
            found += CoverageFindings(definition: definition, checks: checks, found: found)
                .diagnostics([tests.coverage, report.exploration, report.random].compactMap { $0 })
        }
        found += harness.scriptErrors.values.sorted { ($0.line ?? 0, $0.message) < ($1.line ?? 0, $1.message) }
        if let fatal = harness.fatal { found.append(fatal) }
        report.diagnostics = Self.sorted(found)
        report.playedTurns = harness.turns
        report.seconds = Self.seconds(since: started)
        return report
    }

    /// Load diagnostics plus scan findings, without saying the same thing twice: a scanned sandbox problem replaces
    /// the load error on its line, and a scanned undeclared global already reported by the load is dropped.
    static func merge(load: [Diagnostic], scanned: [Diagnostic]) -> [Diagnostic] {
        let sandboxLines = Set(scanned.filter { $0.code == DiagnosticCode.sandboxRemoved.rawValue }.compactMap(\.line))
        let globalLines = Set(load.filter { $0.code == DiagnosticCode.undeclaredGlobal.rawValue }.compactMap(\.line))
        let kept = load.filter { !($0.code == DiagnosticCode.loadError.rawValue && $0.line.map(sandboxLines.contains) == true) }
        let added = scanned.filter { !($0.code == DiagnosticCode.undeclaredGlobal.rawValue && $0.line.map(globalLines.contains) == true) }
        return sorted(kept + added)
    }

    /// Sorted by line (file-level ones first), then code; exact duplicates removed.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
            .sorted { ($0.line ?? 0, $0.column ?? 0, $0.code) < ($1.line ?? 0, $1.column ?? 0, $1.code) }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
