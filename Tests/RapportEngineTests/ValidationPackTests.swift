import Foundation
import Testing
import LuaBridge
import RapportCore
@testable import RapportEngine

/// Pack-level checks (duplicate ids, the manifest), hostile scripts, and the shipped pack.
@Suite struct ValidationPackTests {
    func packValidator(explore: Bool = false, random: Int = 0) -> PackValidator {
        PackValidator(validator: ScenarioValidator(
            options: ValidationOptions(explore: explore, randomGames: random, stateBound: 32, limits: LuaLimits(timeoutSeconds: 0.3)),
            analyzer: MarkerAnalyzer()))
    }

    func validatePack(_ files: [String: String], explore: Bool = false, random: Int = 0) throws -> (PackReport, String) {
        let folder = try temporaryPack(files)
        let found = try PackValidator.files(in: [folder])
        return (packValidator(explore: explore, random: random).validate(scenarios: found.scenarios, manifests: found.manifests), folder)
    }

    @Test func RP0012_duplicateScenarioIDAcrossThePack() throws {
        let (report, folder) = try validatePack(["a.lua": minimalScenario, "b.lua": minimalScenario])
        #expect(report.scenarios[0].diagnostics == [])
        #expect(report.scenarios[1].diagnostics == [Diagnostic(code: "RP0012", severity: .error, file: folder + "/b.lua", line: 3,
                                                               message: "scenario id 'minimal' is already used by \(folder)/a.lua")])
    }

    @Test func RP0018_manifestThatDisagreesWithTheFiles() throws {
        let manifest = """
            return {
              name = "Test pack", version = "1.0.0", api = 1,
              scenarios = { "minimal", "missing" },
              outcomes = { ownership = { "minimal" } },
            }
            """
        let (report, folder) = try validatePack(["a.lua": minimalScenario, "pack.lua": manifest])
        #expect(report.packDiagnostics == [
            Diagnostic(code: "RP0018", severity: .error, file: folder + "/pack.lua", line: 3,
                       message: "pack.lua lists scenario 'missing', but no scenario file in the pack has that id"),
            Diagnostic(code: "RP0018", severity: .warning, file: folder + "/pack.lua", line: 4,
                       message: "learning outcome 'ownership' lists scenario 'minimal', whose skills () do not include it"),
        ])
        let (unlisted, other) = try validatePack(["a.lua": minimalScenario, "pack.lua": "return { name = 'p', version = '1', api = 1, scenarios = {} }"])
        #expect(unlisted.packDiagnostics == [Diagnostic(code: "RP0018", severity: .error, file: other + "/pack.lua", line: 1,
                                                        message: "\(other)/a.lua (id 'minimal') is not listed in pack.lua's 'scenarios'")])
    }

    @Test func hostileScriptsAreReportedAndTheRestOfThePackIsValidated() throws {
        let files = [
            "0-good.lua": minimalScenario,
            "1-loop-at-load.lua": "while true do end\n" + minimalScenario,
            "2-loop-in-respond.lua": scenarioWith("  respond = function() while true do end end,").replacingOccurrences(of: "minimal", with: "loop"),
            "3-memory-bomb.lua": "local t = {}\nfor i = 1, 1e9 do t[i] = string.rep('x', 1024) .. i end\n" + minimalScenario,
            "4-memory-bomb-in-respond.lua": scenarioWith("  respond = function() local s = 'x' while true do s = s .. s end end,")
                .replacingOccurrences(of: "minimal", with: "bomb"),
            "5-escape.lua": "local ok = pcall(function() return os.execute('id') end)\nlocal d = debug and debug.getinfo\n"
                + "local f = load(string.dump(print))\n" + minimalScenario.replacingOccurrences(of: "minimal", with: "escape"),
        ]
        let started = ContinuousClock.now
        let (report, _) = try validatePack(files, explore: true, random: 20)
        #expect(ContinuousClock.now - started < .seconds(30))
        let byName = Dictionary(uniqueKeysWithValues: report.scenarios.map { (($0.path as NSString).lastPathComponent, $0) })
        #expect(byName["0-good.lua"]?.diagnostics.filter { $0.severity != .info } == [])
        #expect(byName["0-good.lua"]?.random?.conversations == 20)
        #expect(byName["1-loop-at-load.lua"]?.diagnostics.map(\.code) == ["RP0010"])
        #expect(byName["2-loop-in-respond.lua"]?.diagnostics.map(\.code) == ["RP0010"])
        #expect(byName["2-loop-in-respond.lua"]?.diagnostics.first?.line == 8)
        #expect(byName["3-memory-bomb.lua"]?.diagnostics.map(\.code) == ["RP0010"])
        #expect(byName["4-memory-bomb-in-respond.lua"]?.diagnostics.map(\.code) == ["RP0010"])
        #expect(byName["4-memory-bomb-in-respond.lua"]?.diagnostics.first?.message.contains("memory limit") == true)
        let escape = byName["5-escape.lua"]?.diagnostics ?? []
        #expect(escape.map(\.code) == ["RP0015", "RP0015", "RP0015"])
        #expect(escape.map(\.line) == [1, 2, 3])
    }

    @Test func aSlowScenarioIsStoppedAtItsTimeBudget() {
        let source = scenarioWith("  respond = function() local n = 0 for i = 1, 3e6 do n = n + i end return 'Wait.' end,")
        let options = ValidationOptions(randomGames: 200, stateBound: 256, limits: LuaLimits(timeoutSeconds: 1), secondsPerScenario: 0.5)
        let started = ContinuousClock.now
        let report = ScenarioValidator(options: options, analyzer: MarkerAnalyzer()).validate(source: source, path: "slow.lua")
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(report.diagnostics.map(\.code) == ["RP0010"])
        #expect(report.diagnostics.first?.message.hasPrefix("validation stopped after 0.5 s and ") == true)
    }

    @Test func filesInAFolderSkipTheManifestTypesAndSubfolders() throws {
        let folder = try temporaryPack(["a.lua": minimalScenario, "pack.lua": "return {}", "types.lua": "", ".hidden.lua": "", "notes.txt": ""])
        try FileManager.default.createDirectory(atPath: folder + "/types", withIntermediateDirectories: true)
        let found = try PackValidator.files(in: [folder])
        #expect(found.scenarios == [folder + "/a.lua"])
        #expect(found.manifests == [folder + "/pack.lua"])
        #expect(throws: CatalogError.self) { try PackValidator.files(in: [folder + "/nope"]) }
        #expect(try PackValidator.files(in: [folder, folder + "/a.lua", folder + "/"]).scenarios == [folder + "/a.lua"])
    }

    @Test func shippedPackIsStaticallyClean() throws {
        let found = try PackValidator.files(in: [repositoryRoot + "/Scenarios"])
        #expect(found.scenarios.count >= 2)
        let report = packValidator().validate(scenarios: found.scenarios, manifests: found.manifests)
        let problems = report.allDiagnostics.filter { $0.code != DiagnosticCode.goldenTestFailed.rawValue }
        #expect(problems == [])
    }
}
