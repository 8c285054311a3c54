import Foundation
import Testing
import LuaBridge
import RapportCore
@testable import RapportEngine

@Suite struct ScenarioLoadingTests {
    @Test func minimalScenarioLoadsWithDefaults() throws {
        let runtime = try loadScenario(minimalScenario)
        let d = runtime.definition
        #expect(d.id == "minimal")
        #expect(d.difficulty == 3)
        #expect(d.maxTurns == 12)
        #expect(d.persona.trust == 0)
        #expect(d.goals.map(\.id) == ["sorry"])
        #expect(runtime.diagnostics.isEmpty)
    }

    @Test func syntaxErrorIsRP0001WithTheLine() {
        let found = diagnostics("return scenario {\n  id = 'x',\n  title = = 'y',\n}", path: "Scenarios/broken.lua")
        #expect(found.count == 1)
        #expect(found.first?.code == "RP0001")
        #expect(found.first?.file == "Scenarios/broken.lua")
        #expect(found.first?.line == 3)
    }

    @Test func runtimeErrorAtLoadIsRP0002WithTheLine() {
        let found = diagnostics("local x = nil\nlocal y = x.field\nreturn scenario {}", path: "s.lua")
        #expect(found.map(\.code) == ["RP0002"])
        #expect(found.first?.line == 2)
    }

    @Test func undeclaredGlobalIsRP0013() {
        let found = diagnostics("helper = 1\n" + minimalScenario, path: "s.lua")
        #expect(found.map(\.code) == ["RP0013"])
        #expect(found.first?.line == 1)
        #expect(found.first?.message.contains("helper") == true)
    }

    @Test func notAScenarioIsRP0003() {
        #expect(diagnostics("return 42").map(\.code) == ["RP0003"])
    }

    @Test func missingFieldsAreRP0004() {
        let found = diagnostics("return scenario { api_version = 1, title = 'No id' }")
        #expect(found.contains { $0.code == "RP0004" && $0.message.contains("'id'") })
        #expect(found.contains { $0.code == "RP0004" && $0.message.contains("persona") })
        #expect(found.contains { $0.code == "RP0004" && $0.message.contains("opening") })
    }

    @Test func unsupportedAPIVersionIsRP0006() {
        let found = diagnostics(minimalScenario.replacingOccurrences(of: "api_version = 1", with: "api_version = 7"))
        #expect(found.contains { $0.code == "RP0006" && $0.line == 2 })
    }

    @Test func unknownTechniqueIsRP0007WithTheLine() {
        let source = minimalScenario.replacingOccurrences(of: "\"apology\"", with: "\"apologise\"")
        let found = diagnostics(source)
        #expect(found.contains { $0.code == "RP0007" && $0.message.contains("apologise") && $0.line == 7 })
        // A near miss names the technique meant; a word that is nowhere near suggests nothing.
        #expect(found.contains { $0.message.hasSuffix("unknown technique 'apologise'; did you mean 'apology'?") })
        let far = diagnostics(minimalScenario.replacingOccurrences(of: "\"apology\"", with: "\"kindness\""))
        #expect(far.contains { $0.code == "RP0007" && $0.message.hasSuffix("unknown technique 'kindness'") })
    }

    @Test func undefinedOrderReferenceIsRP0008() {
        let source = minimalScenario.replacingOccurrences(of: "required = true", with: "required = true, after = \"verify\"")
        #expect(diagnostics(source).contains { $0.code == "RP0008" })
    }

    @Test func outOfRangeDifficultyIsRP0011() {
        let source = minimalScenario.replacingOccurrences(of: "title = \"Minimal\",", with: "title = \"Minimal\",\n  difficulty = 9,")
        #expect(diagnostics(source).contains { $0.code == "RP0011" && $0.line == 5 })
    }

    @Test func runawayLoadIsALimitDiagnosticNotAHang() {
        let found = ScenarioRuntime.load(source: "while true do end", path: "loop.lua", limits: .init(timeoutSeconds: 0.2))
        guard case .failure(let failure) = found else { Issue.record("expected failure"); return }
        #expect(failure.diagnostics.map(\.code) == ["RP0010"])
    }

    @Test func shippedExampleLoadsClean() throws {
        let runtime = try ScenarioRuntime.load(path: repositoryRoot + "/Scenarios/double-charge.lua").get()
        #expect(runtime.definition.id == "double-charge")
        #expect(runtime.diagnostics.isEmpty)
        #expect(runtime.definition.tests.count == 3)
    }
}

@Suite struct UnknownFieldTests {
    @Test func aMisspeltFieldIsAWarningWithASuggestionAndItsLine() throws {
        let source = minimalScenario.replacingOccurrences(of: "title = \"Minimal\",", with: "title = \"Minimal\",\n  max_turn = 6,")
        let runtime = try loadScenario(source)
        #expect(runtime.diagnostics == [Diagnostic(code: "RP0027", severity: .warning, file: "test.lua", line: 5,
            message: "the scenario has a field 'max_turn' that scenario API v1 does not know; did you mean 'max_turns'?")])
        #expect(runtime.definition.maxTurns == 12)
    }

    @Test func nestedTablesAreCheckedToo() throws {
        let source = minimalScenario
            .replacingOccurrences(of: "patience = 2 }", with: "patience = 2, trsut = 10 }")
            .replacingOccurrences(of: "required = true }", with: "required = true, colour = \"red\" }")
        let found = try loadScenario(source).diagnostics
        #expect(found.map(\.message) == [
            "the persona has a field 'trsut' that scenario API v1 does not know; did you mean 'trust'?",
            "goal 'sorry' has a field 'colour' that scenario API v1 does not know",
        ])
    }
}
