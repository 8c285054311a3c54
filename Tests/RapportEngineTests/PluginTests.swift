import Foundation
import Testing
import LuaBridge
import RapportCore
@testable import RapportEngine

func plugin(_ source: String, path: String = "p.lua", limits: LuaLimits = .standard) throws -> PluginRuntime {
    try PluginRuntime.load(source: source, path: path, limits: limits).get()
}

func pluginDiagnostics(_ source: String) -> [Diagnostic] {
    if case .failure(let failure) = PluginRuntime.load(source: source, path: "p.lua") { return failure.diagnostics }
    return []
}

let neutralAnalysis = ReplyAnalysis(empathy: 50, mechanisms: [:], techniques: [], evidence: [], breakdown: [ScoreItem(reason: "base", points: 50)])

@Suite struct PluginLoadingTests {
    @Test func manifestIsRead() throws {
        let p = try plugin("""
            return plugin { name = "demo", version = "2.1.0", api = 1, description = "A demo.", capabilities = { "analyze" },
              analyze = function(text, context) return nil end }
            """)
        #expect(p.manifest == PluginManifest(name: "demo", version: "2.1.0", api: 1, description: "A demo.", capabilities: [.analyze], file: "p.lua"))
    }

    @Test func anUnsupportedAPIVersionIsRefusedWithAClearMessage() {
        let found = pluginDiagnostics("return plugin { name = 'future', version = '1', api = 3, capabilities = {} }")
        #expect(found.map(\.code) == ["RP1004"])
        #expect(found.first?.message == "plugin 'future' targets plugin API 3; this version of Rapport supports API 1")
    }

    @Test func hooksAndCapabilitiesMustAgree() {
        let undeclared = pluginDiagnostics("return plugin { name = 'x', version = '1', api = 1, capabilities = {}, on_turn = function() end }")
        #expect(undeclared.contains { $0.code == "RP1005" && $0.message.contains("does not declare") })
        let missing = pluginDiagnostics("return plugin { name = 'x', version = '1', api = 1, capabilities = { 'on_session_end' } }")
        #expect(missing.contains { $0.code == "RP1005" && $0.message.contains("has no such function") })
        let unknown = pluginDiagnostics("return plugin { name = 'x', version = '1', api = 1, capabilities = { 'network' } }")
        #expect(unknown.contains { $0.code == "RP1005" && $0.message.contains("unknown capability 'network'") })
    }

    @Test func badFilesAreReportedWithCodes() {
        #expect(pluginDiagnostics("return plugin {").first?.code == "RP1001")
        #expect(pluginDiagnostics("return 1").first?.code == "RP1002")
        #expect(pluginDiagnostics("return plugin { version = '1', api = 1 }").first?.code == "RP1003")
        #expect(pluginDiagnostics("return plugin { name = 'x', version = '1', api = 1, capabilities = { 'lexicon' }, lexicon = { kindness = {} } }")
            .contains { $0.code == "RP1006" })
    }

    @Test func shippedPluginsLoadInNameOrder() {
        let (set, diagnostics) = PluginSet.load(directory: repositoryRoot + "/Plugins")
        #expect(diagnostics.isEmpty)
        #expect(set.plugins.map(\.manifest.name) == ["house-style", "jargon", "robotic"])
    }
}

@Suite struct PluginHookTests {
    @Test func analyzeAddsAttributedTechniquesAndAdjustments() throws {
        let p = try plugin("""
            return plugin { name = "sla-spotter", version = "1", api = 1, capabilities = { "analyze" },
              analyze = function(text, context)
                local first, last = text:find("SLA")
                if not first then return nil end
                return { techniques = { { technique = "jargon", first = first, last = last } },
                         adjust = { { points = -10, reason = "say 'promised time' instead of SLA" } } }
              end }
            """)
        let set = PluginSet(plugins: [p])
        let text = "Über 😀 the SLA is 2 days."
        let result = set.analyze(text, context: AnalysisContext(), base: neutralAnalysis)
        #expect(result.techniques == [.jargon])
        let evidence = try #require(result.evidence.first)
        #expect(evidence.source == "sla-spotter")
        #expect(evidence.text == "SLA")
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == "SLA")
        #expect(result.breakdown.last == ScoreItem(reason: "say 'promised time' instead of SLA", points: -10, source: "sla-spotter"))
        #expect(result.empathy == 40)
    }

    @Test func pluginsCanAskWhetherAReplyNamesATime() throws {
        let p = try plugin("""
            return plugin { name = "vague-promise", version = "1", api = 1, capabilities = { "analyze" },
              analyze = function(text)
                if not rapport.mentions(text, "call you back") or rapport.names_a_time(text) then return nil end
                local ok = pcall(rapport.names_a_time, {})
                return { adjust = { { points = -5, reason = "a callback with no time" .. (ok and "" or " (checked)") } } }
              end }
            """)
        let set = PluginSet(plugins: [p])
        let vague = set.analyze("I'll call you back as soon as I can.", context: AnalysisContext(), base: neutralAnalysis)
        // A bad argument is a Lua error the plugin's pcall catches, raised after Swift has returned.
        #expect(vague.breakdown.last == ScoreItem(reason: "a callback with no time (checked)", points: -5, source: "vague-promise"))
        let timed = set.analyze("I'll call you back by 3.", context: AnalysisContext(), base: neutralAnalysis)
        #expect(timed.breakdown == neutralAnalysis.breakdown)
    }

    @Test func twoPluginsAddingTheSameTechniqueAreBothAttributed() throws {
        let make = { (name: String) in """
            return plugin { name = "\(name)", version = "1", api = 1, capabilities = { "analyze" },
              analyze = function(text) local a, b = text:find("ticket") return { techniques = { { technique = "jargon", first = a, last = b } } } end }
            """ }
        let set = PluginSet(plugins: [try plugin(make("one")), try plugin(make("two"))])
        let result = set.analyze("your ticket", context: AnalysisContext(), base: neutralAnalysis)
        #expect(result.techniques == [.jargon])
        #expect(result.evidence.compactMap(\.source) == ["one", "two"])
    }

    @Test func adjustmentsAreBoundedAndTheScoreClamped() throws {
        let p = try plugin("""
            return plugin { name = "harsh", version = "1", api = 1, capabilities = { "analyze" },
              analyze = function() return { adjust = { { points = -500, reason = "x" }, { points = -500, reason = "y" } } } end }
            """)
        let result = PluginSet(plugins: [p]).analyze("hi", context: AnalysisContext(), base: neutralAnalysis)
        #expect(result.breakdown.suffix(2).map(\.points) == [-30, -30])
        #expect(result.empathy == 0)
    }

    @Test func triggersSkipRepliesAPluginHasNothingToSayAbout() throws {
        let p = try plugin("""
            local calls = 0
            return plugin { name = "counted", version = "1", api = 1, capabilities = { "analyze" }, triggers = { "refund" },
              analyze = function() calls = calls + 1 return { adjust = { { points = 1, reason = "call " .. calls } } } end }
            """)
        let set = PluginSet(plugins: [p])
        #expect(set.analyze("hello there", context: AnalysisContext(), base: neutralAnalysis) == neutralAnalysis)
        #expect(set.analyze("A REFUND is coming", context: AnalysisContext(), base: neutralAnalysis).breakdown.last?.reason == "call 1")
    }

    @Test func whatAPluginPrintsReachesItsAuthorAttributed() throws {
        let p = try plugin("""
            return plugin { name = "chatty", version = "1", api = 1, capabilities = { "analyze" },
              analyze = function(text) print("saw", #text) return nil end }
            """)
        let set = PluginSet(plugins: [p])
        _ = set.analyze("hello", context: AnalysisContext(), base: neutralAnalysis)
        #expect(set.takeWarnings() == ["plugin 'chatty' printed: saw\t5"])
        #expect(set.plugins.first?.isEnabled == true)
    }

    @Test func lexiconExtendsTheBuiltInAnalyzer() throws {
        let p = try plugin("""
            return plugin { name = "words", version = "1", api = 1, capabilities = { "lexicon" },
              lexicon = { jargon = { "flux capacitor" } } }
            """)
        let plain = ReplyAnalyzer().analyze("The flux capacitor failed.", context: AnalysisContext())
        #expect(!plain.has(.jargon))
        let extended = PluginAnalyzer(plugins: PluginSet(plugins: [p])).analyze("The flux capacitor failed.", context: AnalysisContext())
        #expect(extended.has(.jargon))
    }
}

@Suite struct HostilePluginTests {
    static let hostile = """
        return plugin { name = "hostile", version = "1", api = 1, capabilities = { "analyze", "on_turn", "on_session_end" },
          analyze = function() while true do end end,
          on_turn = function() local t = {} for i = 1, 1e9 do t[i] = i end end,
          on_session_end = function() error("boom") end }
        """

    @Test func aRunawayPluginIsDisabledWithOneWarningAndTheOthersGoOn() throws {
        let limits = LuaLimits(memoryBytes: 4 << 20, timeoutSeconds: 0.2)
        let good = try plugin("""
            return plugin { name = "good", version = "1", api = 1, capabilities = { "analyze" },
              analyze = function() return { adjust = { { points = 1, reason = "still here" } } } end }
            """, limits: limits)
        let set = PluginSet(plugins: [try plugin(Self.hostile, limits: limits), good])
        let first = set.analyze("hello", context: AnalysisContext(), base: neutralAnalysis)
        #expect(first.breakdown.last?.reason == "still here")
        let warnings = set.takeWarnings()
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("plugin 'hostile' was disabled") == true)
        #expect(warnings.first?.contains("time limit") == true)
        _ = set.analyze("again", context: AnalysisContext(), base: neutralAnalysis)
        #expect(set.takeWarnings().isEmpty)
        #expect(set.plugins.first { $0.manifest.name == "hostile" }?.isEnabled == false)
    }

    @Test func everyHookFailingLosesNothingInASession() throws {
        let limits = LuaLimits(memoryBytes: 4 << 20, timeoutSeconds: 0.2)
        let failing = try plugin("""
            return plugin { name = "failing", version = "1", api = 1, capabilities = { "on_turn", "on_session_end" },
              on_turn = function() local t = {} for i = 1, 1e9 do t[i] = i end end,
              on_session_end = function() error("boom") end }
            """, limits: limits)
        let session = Session(runtime: try loadScenario(minimalScenario), analyzer: MarkerAnalyzer(), seed: 1, plugins: PluginSet(plugins: [failing]))
        _ = try session.start()
        let turn = try session.reply("Hello, how can I help?")
        #expect(turn.record.reply == "Hello, how can I help?")
        #expect(session.takePluginWarnings().first?.contains("memory limit") == true)
        _ = try session.reply("I'm so sorry about that.")
        #expect(session.transcript.turns.count == 2)
        #expect(session.debrief().sections.isEmpty)
    }
}

@Suite struct ShippedPluginTests {
    func analyze(_ text: String) -> ReplyAnalysis {
        let (fresh, _) = PluginSet.load(directory: repositoryRoot + "/Plugins")
        return PluginAnalyzer(plugins: fresh).analyze(text, context: AnalysisContext(customerText: "My internet is down."))
    }

    @Test func aReplySeenAgainInAnotherContextIsAnalysedAsAfresh() {
        // The analyzer keeps which plugins each reply triggers; a second context must still get the fresh answer.
        let (plugins, _) = PluginSet.load(directory: repositoryRoot + "/Plugins")
        let kept = PluginAnalyzer(plugins: plugins)
        let contexts = [AnalysisContext(customerText: "My internet is down."), AnalysisContext(customerText: "Nobody called me.", customerName: "Ann")]
        for reply in ["We apologize for any inconvenience.", "I've raised it with tier 2 under the SLA.", "Thanks Ann, I'll call you at 3pm."] {
            for context in contexts {
                let (fresh, _) = PluginSet.load(directory: repositoryRoot + "/Plugins")
                #expect(kept.analyze(reply, context: context) == PluginAnalyzer(plugins: fresh).analyze(reply, context: context))
            }
        }
    }

    @Test func roboticMarksCannedPhrases() {
        let result = analyze("We apologize for any inconvenience.")
        #expect(result.breakdown.contains { $0.source == "robotic" && $0.reason.contains("canned phrase") })
        #expect(!analyze("I'm sorry your internet has been down all day.").breakdown.contains { $0.source == "robotic" })
    }

    @Test func jargonNamesTheTermAndThePlainAlternative() throws {
        let result = analyze("I've raised it with tier 2 under the SLA.")
        let evidence = result.evidence.filter { $0.source == "jargon" }
        #expect(evidence.map(\.text) == ["SLA", "tier 2"] || evidence.map(\.text) == ["tier 2", "SLA"])
        #expect(result.breakdown.contains { $0.source == "jargon" && $0.reason == "'SLA' is internal jargon — try 'the time we promised to respond in'" })
        #expect(!analyze("I'll send you a return label today.").evidence.contains { $0.source == "jargon" })
    }

    @Test func houseStyleSuggestsAnAlternative() {
        let result = analyze("Unfortunately you need to restart the router.")
        let reasons = result.breakdown.filter { $0.source == "house-style" }.map(\.reason)
        #expect(reasons == ["house style: avoid 'Unfortunately' — try 'here's what I can do'", "house style: avoid 'you need to' — try 'could you'"])
        #expect(!analyze("Could you restart the router?").breakdown.contains { $0.source == "house-style" })
    }

    @Test func houseStyleLetsAKindBoundarySayICant() {
        #expect(!analyze("I can't carry on while I'm being sworn at.").breakdown.contains { $0.source == "house-style" })
        #expect(!analyze("I can't help you while I'm being sworn at.").breakdown.contains { $0.source == "house-style" })
        #expect(!analyze("I want to sort this, but I can't do that while you're swearing at me.").breakdown.contains { $0.source == "house-style" })
        #expect(!analyze("I can't imagine how stressful that was.").breakdown.contains { $0.source == "house-style" })
        #expect(analyze("I can't refund that order.").breakdown.contains { $0.source == "house-style" })
        #expect(analyze("I can't do that today.").breakdown.contains { $0.source == "house-style" })
    }

    @Test func pluginsShowInASessionAndItsDebrief() throws {
        let (plugins, _) = PluginSet.load(directory: repositoryRoot + "/Plugins")
        let session = Session(runtime: try loadScenario(minimalScenario), analyzer: MarkerAnalyzer(), seed: 1, plugins: plugins)
        _ = try session.start()
        _ = try session.reply("Unfortunately I need your order number to check this parcel.")
        let repeated = try session.reply("Unfortunately I need your order number to check this parcel!")
        #expect(repeated.record.events.contains(.pluginNote(plugin: "robotic", text: "nearly the same words as turn 1 — are you on autopilot?")))
        let debrief = session.debrief()
        #expect(debrief.sections.map(\.title) == ["House style", "Autopilot check"])
        #expect(debrief.sections.first?.lines == ["'unfortunately' (turn 1, 2) — try 'here's what I can do'"])
        #expect(debrief.sections.last?.source == "robotic")
    }
}
