import Foundation
import Testing
import LuaBridge
import RapportCore
@testable import RapportEngine

/// Fixtures for the codes found by playing: golden tests, probe exploration, random playthroughs, limits.
@Suite struct ValidationDynamicTests {
    @Test func RP0019_failingGoldenTestIsATestCaseAndADiagnostic() {
        let report = validate(scenarioWith("""
              tests = {
                { name = "sorry resolves", replies = { "I'm so sorry." }, expect = { outcome = "resolved", goals = { "sorry" } } },
                { name = "okay resolves", replies = { "Okay." }, expect = { outcome = "resolved" } },
              },
            """))
        #expect(report.tests.map(\.name) == ["sorry resolves", "okay resolves"])
        #expect(report.tests.map(\.passed) == [true, false])
        #expect(report.tests[1].failure == "expected the call to end resolved, but it had not ended after 1 replies")
        #expect(report.diagnostics == [Diagnostic(code: "RP0019", severity: .error, file: "test.lua", line: 10,
                                                   message: "test 'okay resolves' failed: expected the call to end resolved, but it had not ended after 1 replies")])
    }

    @Test func RP0020_RP0021_goalAndEndingNoProbeReaches() {
        let source = minimalScenario.replacingOccurrences(of: "techniques = { \"apology\" }", with: "when = function() return false end")
        let report = validate(source, explore: true, random: 20)
        #expect(report.with(.goalNeverMet) == [Diagnostic(code: "RP0021", severity: .warning, file: "test.lua", line: 7,
                                                           message: "goal 'sorry' was never met by any golden test, probe or random playthrough")])
        #expect(report.with(.endingNeverReached) == [Diagnostic(code: "RP0020", severity: .warning, file: "test.lua", line: 7,
                                                                message: "the 'resolved' ending was never reached by any golden test, probe or random playthrough")])
        #expect(report.with(.goldenTestFailed).isEmpty)
    }

    @Test func RP0022_storyPartNoProbeReveals() {
        let source = minimalScenario.replacingOccurrences(
            of: "patience = 2 }",
            with: "patience = 2,\n    story = { { id = \"secret\", text = \"x\", unlock = function() return false end } } }")
        let report = validate(source, explore: true, random: 10)
        #expect(report.with(.revealNeverUnlocked) == [Diagnostic(code: "RP0022", severity: .warning, file: "test.lua", line: 6,
                                                                 message: "story part 'secret' never came out in any golden test, probe or random playthrough")])
    }

    @Test func RP0023_customerWhoRepeatsTheSameLineForever() {
        let source = minimalScenario
            .replacingOccurrences(of: "techniques = { \"apology\" }", with: "when = function() return false end")
            .replacingOccurrences(of: "patience = 2", with: "patience = 40")
            .replacingOccurrences(of: "  opening =", with: "  react = function() end,\n  respond = function() return \"Hmm.\" end,\n  opening =")
        let report = validate(source, explore: true)
        let stuck = report.with(.repeatsForever)
        #expect(stuck.count >= 1)
        #expect(stuck.first?.severity == .warning)
        #expect(stuck.first?.message.hasPrefix("the customer says \"Hmm.\" forever: no probe changes anything (after ") == true)
    }

    @Test func RP0024_scriptErrorOnATurnNamesTheLine() {
        let report = validate(scenarioWith("  respond = function(turn) if turn.number == 2 then error(\"boom\") end end,"), explore: true)
        let errors = report.with(.turnScriptError)
        #expect(errors.count == 1)
        #expect(errors.first?.line == 8)
        #expect(errors.first?.message.hasPrefix("script error on turn 2 after ") == true)
        #expect(errors.first?.message.hasSuffix(": boom") == true)
    }

    @Test func RP0025_dismissiveAgentScoringBetterIsAnUnfairRubric() {
        let source = minimalScenario.replacingOccurrences(of: "techniques = { \"apology\" }", with: "when = function(turn) return turn.harmful end")
        let unfair = validate(source, explore: true).with(.unfairRubric)
        #expect(unfair.count == 1)
        #expect(unfair.first?.line == 7)
        #expect(unfair.first?.message.hasPrefix("a dismissive agent scores better on resolution than an empathetic one") == true)
        #expect(validate(minimalScenario, explore: true).with(.unfairRubric).isEmpty)
    }

    @Test func RP0026_randomGamesThatRunToTheTurnLimit() {
        let source = minimalScenario
            .replacingOccurrences(of: "techniques = { \"apology\" }", with: "when = function() return false end")
            .replacingOccurrences(of: "patience = 2", with: "patience = 40")
            .replacingOccurrences(of: "  opening =", with: "  max_turns = 3,\n  react = function() end,\n  opening =")
        let report = validate(source, random: 25)
        #expect(report.random?.conversations == 25)
        #expect(report.random?.turnLimitHits == 25)
        #expect(report.with(.turnLimitHit) == [Diagnostic(code: "RP0026", severity: .info, file: "test.lua", line: 6,
                                                          message: "25 of 25 random playthroughs ran to the turn limit (max_turns = 3)")])
    }

    @Test func randomGamesAreReproducibleBySeed() {
        let a = validate(minimalScenario, random: 30).random
        let b = validate(minimalScenario, random: 30).random
        #expect(a == b)
        #expect(a?.conversations == 30)
        #expect((a?.endings["resolved"] ?? 0) > 0)
    }

    @Test func probesAreAnalysedOncePerContext() {
        let analyzer = CachingAnalyzer(MarkerAnalyzer())
        for _ in 0..<100 { _ = analyzer.analyze("hello", context: AnalysisContext(customerText: "hi")) }
        _ = analyzer.analyze("hello", context: AnalysisContext(customerText: "other"))
        #expect(analyzer.computed == 2)
    }

    @Test func builtInProbesCoverEveryKindAndTheLongOneFits() {
        let kinds = Set(Probe.builtIn.map(\.kind))
        #expect(kinds == Set(Probe.Kind.allCases).subtracting([.scenario]))
        let long = Probe.builtIn.first { $0.kind == .long }!
        #expect(long.text.count <= Session.maximumReplyLength)
        #expect(long.text.count > Session.maximumReplyLength - 100)
    }
}

/// Restarting one runtime instead of loading the file again must never change what the validator sees.
@Suite struct ValidationReuseTests {
    func harness(_ source: String) throws -> ScenarioHarness {
        let runtime = try loadScenario(source)
        return ScenarioHarness(source: source, path: "test.lua", definition: runtime.definition, analyzer: CachingAnalyzer(MarkerAnalyzer()),
                               limits: .standard, declaredLines: [])
    }

    @Test func aScenarioWithoutStateOfItsOwnIsRestarted() throws {
        let h = try harness(minimalScenario)
        h.checkReuse(probes: Probe.builtIn)
        #expect(h.reusesRuntime)
    }

    @Test func aScenarioThatKeepsStateInAFileLocalStartsEachCallFromTheLoadedHeap() throws {
        // A restart puts the whole Lua heap back as loaded, file-level locals included.
        let source = "local calls = 0\n" + scenarioWith("  respond = function() calls = calls + 1; return 'Call ' .. calls end,")
        let h = try harness(source)
        h.checkReuse(probes: Probe.builtIn)
        #expect(h.reusesRuntime)
        let first = h.startSession(seed: 1, context: "a")
        #expect(try first?.reply("hello").record.customerLine == "Call 1")
        #expect(try first?.reply("hello").record.customerLine == "Call 2")
        let second = h.startSession(seed: 1, context: "b")
        #expect(try second?.reply("hello").record.customerLine == "Call 1")
    }

    @Test func aScenarioThatDrawsRandomNumbersWhileLoadingIsLoadedFreshEachTime() throws {
        // Restarting reseeds after the file has run, so a number drawn at load time would be the first seed's.
        let source = "local drawn = math.random(1000000)\n" + scenarioWith("  respond = function() return 'Number ' .. drawn end,")
        let h = try harness(source)
        h.checkReuse(probes: Probe.builtIn)
        #expect(!h.reusesRuntime)
        let first = h.startSession(seed: 1, context: "a")
        let second = h.startSession(seed: 2, context: "b")
        let one = try first?.reply("hello").record.customerLine
        let two = try second?.reply("hello").record.customerLine
        #expect(one != nil && two != nil && one != two)
    }

    @Test func exploringByForkingFindsWhatReplayingFinds() throws {
        let path = repositoryRoot + "/Scenarios/double-charge.lua"
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let runtime = try loadScenario(source)
        func explore(budget: Int) -> (ProbeExplorer.Findings, turns: Int) {
            let h = ScenarioHarness(source: source, path: path, definition: runtime.definition, analyzer: CachingAnalyzer(MarkerAnalyzer()),
                                    limits: .standard, declaredLines: [])
            let probes = Probe.probes(for: runtime.definition)
            h.checkReuse(probes: probes)
            var explorer = ProbeExplorer(harness: h, probes: probes, bound: 40)
            explorer.snapshotBudget = budget
            let before = h.turns
            return (explorer.run(), h.turns - before)
        }
        let forked = explore(budget: 128 << 20)
        let replayed = explore(budget: 0)  // only the opening is saved: every state is reached by replaying its path
        #expect(forked.0.coverage == replayed.0.coverage)
        #expect(forked.0.expanded == replayed.0.expanded)
        #expect(forked.0.stuck.map(\.path) == replayed.0.stuck.map(\.path))
        #expect(forked.turns == forked.0.coverage.conversations)  // one turn played per conversation
        #expect(replayed.turns == replayed.0.coverage.turns)
    }

    @Test func validationIsDeterministic() throws {
        let path = repositoryRoot + "/Scenarios/double-charge.lua"
        let a = ScenarioValidator(options: ValidationOptions(randomGames: 30, stateBound: 24), analyzer: MarkerAnalyzer()).validate(path: path)
        let b = ScenarioValidator(options: ValidationOptions(randomGames: 30, stateBound: 24), analyzer: MarkerAnalyzer()).validate(path: path)
        #expect(a.diagnostics == b.diagnostics)
        #expect(a.random == b.random)
        #expect(a.exploration == b.exploration)
    }
}

/// The caching analyzer returns what the wrapped analyzer would, and reads each reply once whatever its contexts, and
/// each context once whatever its replies.
@Suite struct CachingAnalyzerTests {
    @Test func cachedAnalysesEqualTheWrappedAnalyzersAndRepliesArePreparedOnce() {
        let base = ReplyAnalyzer()
        let caching = CachingAnalyzer(base)
        let replies = ["I'm sorry, that sounds awful. What happened?", "Policy is policy.", "Thanks Dana, I'll call at 3pm."]
        let contexts = [AnalysisContext(), AnalysisContext(customerText: "I waited all day and nobody came."),
                        AnalysisContext(customerText: "My name is Dana.", customerName: "Dana")]
        for _ in 0..<2 {
            for reply in replies {
                for context in contexts {
                    #expect(caching.analyze(reply, context: context) == base.analyze(reply, context: context))
                }
            }
        }
        #expect(caching.computed == replies.count * contexts.count)
        #expect(caching.preparedCount == replies.count)
        #expect(caching.preparedContextCount == contexts.count)
    }

    @Test func cachesSharingPreparedRepliesReadEachReplyOnce() {
        let base = ReplyAnalyzer()
        let shared = PreparedReplies()
        let first = CachingAnalyzer(base, sharing: shared), second = CachingAnalyzer(base, sharing: shared)
        let context = AnalysisContext(customerText: "Nobody called me back.")
        for reply in ["I'm sorry, nobody called?", "Policy is policy.", ""] {
            #expect(first.analyze(reply, context: context) == base.analyze(reply, context: context))
            #expect(second.analyze(reply, context: AnalysisContext()) == base.analyze(reply, context: AnalysisContext()))
        }
        #expect(shared.count == 3)
        #expect(first.computed == 3 && second.computed == 3)
    }

    @Test func pluginAnalysesWithAPreparedContextEqualTheOneStepAnalyses() {
        let (plugins, _) = PluginSet.load(directory: repositoryRoot + "/Plugins")
        let analyzer = PluginAnalyzer(plugins: plugins)
        let context = AnalysisContext(customerText: "My internet is down and I work from home.", customerName: "Sam")
        let setting = analyzer.prepare(context: context)
        for reply in ["We apologize for any inconvenience, Sam.", "I've raised it with tier 2 under the SLA.", "That sounds stressful when you work from home."] {
            #expect(analyzer.analyze(analyzer.prepare(reply), in: setting) == analyzer.analyze(reply, context: context))
        }
    }
}
