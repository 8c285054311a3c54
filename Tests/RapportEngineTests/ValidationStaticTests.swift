import Foundation
import Testing
import LuaBridge
import RapportCore
@testable import RapportEngine

/// One broken fixture per static diagnostic code, with the exact diagnostic expected.
@Suite struct ValidationStaticTests {
    @Test func minimalScenarioIsClean() {
        #expect(validate(minimalScenario).diagnostics == [])
    }

    @Test func RP0001_syntaxError() {
        let found = validate("return scenario {\n  id = 'x',\n  title = = 'y',\n}").diagnostics
        #expect(found == [Diagnostic(code: "RP0001", severity: .error, file: "test.lua", line: 3, message: "unexpected symbol near '='")])
    }

    @Test func RP0002_errorWhileLoading() {
        let found = validate("local x = nil\nlocal y = x.field\nreturn scenario {}").diagnostics
        #expect(found == [Diagnostic(code: "RP0002", severity: .error, file: "test.lua", line: 2, message: "attempt to index a nil value (local 'x')")])
    }

    @Test func RP0003_notAScenario() {
        #expect(validate("return 42").diagnostics == [Diagnostic(code: "RP0003", severity: .error, file: "test.lua", line: 1,
                                                                 message: "the file must return scenario { ... } (it returned number)")])
    }

    @Test func RP0004_missingField() {
        let source = minimalScenario.replacingOccurrences(of: "  title = \"Minimal\",\n", with: "")
        #expect(validate(source).diagnostics == [Diagnostic(code: "RP0004", severity: .error, file: "test.lua",
                                                            message: "the scenario is missing the required field 'title'")])
    }

    @Test func RP0005_wrongType() {
        let found = validate(scenarioWith("  max_turns = \"ten\",")).diagnostics
        #expect(found == [Diagnostic(code: "RP0005", severity: .error, file: "test.lua", line: 8,
                                     message: "'max_turns' in the scenario must be a whole number, not a string")])
    }

    @Test func RP0006_unsupportedAPIVersion() {
        let found = validate(minimalScenario.replacingOccurrences(of: "api_version = 1", with: "api_version = 7")).diagnostics
        #expect(found == [Diagnostic(code: "RP0006", severity: .error, file: "test.lua", line: 2,
                                     message: "api_version 7 is not supported; this engine runs version 1")])
    }

    @Test func RP0007_unknownTechniqueInAGoalAndInAScript() {
        let inGoal = validate(minimalScenario.replacingOccurrences(of: "\"apology\"", with: "\"apologise\"")).diagnostics
        #expect(inGoal.contains(Diagnostic(code: "RP0007", severity: .error, file: "test.lua", line: 7,
                                           message: "goal 'sorry' names an unknown technique 'apologise'; did you mean 'apology'?")))
        let inScript = validate(scenarioWith("  respond = function(turn) if turn:has(\"apologise\") then return \"ok\" end end,")).diagnostics
        #expect(inScript == [Diagnostic(code: "RP0007", severity: .error, file: "test.lua", line: 8, column: 40,
                                        message: "has(\"apologise\") names an unknown technique; did you mean 'apology'?")])
    }

    @Test func RP0008_undefinedReferences() {
        let found = validate(scenarioWith("""
              respond = function(turn, customer)
                if customer:has_met("refund") then return customer:reveal("secret") end
              end,
            """)).diagnostics
        #expect(found == [
            Diagnostic(code: "RP0008", severity: .error, file: "test.lua", line: 9, column: 25, message: "has_met(\"refund\") names no goal (goals: sorry)"),
            Diagnostic(code: "RP0008", severity: .error, file: "test.lua", line: 9, column: 63, message: "reveal(\"secret\") names no story part (story parts: none)"),
        ])
    }

    @Test func RP0009_duplicateGoal() {
        let source = minimalScenario.replacingOccurrences(of: "required = true } }", with: "required = true }, { id = \"sorry\", phrases = \"sorry\" } }")
        #expect(validate(source).diagnostics == [Diagnostic(code: "RP0009", severity: .error, file: "test.lua", line: 7, message: "two goals are named 'sorry'")])
    }

    @Test func RP0011_outOfRange() {
        #expect(validate(scenarioWith("  difficulty = 9,")).diagnostics == [
            Diagnostic(code: "RP0011", severity: .error, file: "test.lua", line: 8, message: "'difficulty' in the scenario must be between 1 and 5, not 9"),
        ])
    }

    @Test func RP0013_undeclaredGlobalInAFunctionIsFoundWithoutRunningIt() {
        let found = validate(scenarioWith("  respond = function(turn) counter = (counter or 0) + 1 end,")).diagnostics
        #expect(found == [Diagnostic(code: "RP0013", severity: .error, file: "test.lua", line: 8, column: 28,
                                     message: "assignment to undeclared global 'counter' (declare it with 'local')")])
    }

    @Test func RP0013_atTheTopIsReportedOnce() {
        let found = validate("helper = 1\n" + minimalScenario).diagnostics
        #expect(found.map(\.code) == ["RP0013"])
        #expect(found.first?.line == 1)
    }

    @Test func RP0014_emptyAndOverlongLines() {
        let long = String(repeating: "Why is this taking so long? ", count: 16)
        let found = validate(scenarioWith("  lines = { upset = \"  \" },\n  closing = { resolved = \"\(long)\" },")).diagnostics
        #expect(found == [
            Diagnostic(code: "RP0014", severity: .error, file: "test.lua", line: 8, message: "lines.upset has an empty line"),
            Diagnostic(code: "RP0014", severity: .error, file: "test.lua", line: 9,
                       message: "closing.resolved has a line of \(long.count) characters; customer lines must be at most 400 (split it, or cut it down)"),
        ])
    }

    @Test func RP0015_sandboxRemovedFunctions() {
        let found = validate("local f = io.open(\"/etc/passwd\")\n" + minimalScenario).diagnostics
        #expect(found == [Diagnostic(code: "RP0015", severity: .error, file: "test.lua", line: 1, column: 11,
                                     message: "'io.open' is not available: the sandbox has no 'io' library: a scenario cannot read or write files")])
        let inside = validate(scenarioWith("  respond = function() os.execute(\"rm -rf /\"); require(\"socket\") end,")).diagnostics
        #expect(inside.map(\.code) == ["RP0015", "RP0015"])
        #expect(inside.map(\.message) == ["'os.execute' is not available: the sandbox keeps only os.time, os.clock and os.date",
                                          "'require' is not available: the sandbox has no 'require': a scenario is one self-contained file (put helpers in locals)"])
    }

    @Test func RP0016_goalNothingCanMeet() {
        let source = minimalScenario.replacingOccurrences(of: "required = true } }", with: "required = true },\n    { id = \"ghost\" } }")
        #expect(validate(source).diagnostics == [Diagnostic(code: "RP0016", severity: .error, file: "test.lua", line: 8,
                                                            message: "goal 'ghost' can never be met: it has no techniques, phrases or 'when', and no meet(\"ghost\") call")])
    }

    @Test func RP0016_notWhenAScriptMeetsIt() {
        let source = minimalScenario.replacingOccurrences(of: "required = true } }", with: "required = true },\n    { id = \"ghost\" } },\n  respond = function(t, c) c:meet(\"ghost\") end")
        #expect(validate(source).diagnostics == [])
    }

    @Test func RP0017_storyPartNothingCanReveal() {
        let source = minimalScenario.replacingOccurrences(of: "patience = 2 }", with: "patience = 2,\n    story = { { id = \"secret\", text = \"She is moving house.\" } } }")
        #expect(validate(source).diagnostics == [Diagnostic(code: "RP0017", severity: .error, file: "test.lua", line: 6,
                                                            message: "story part 'secret' can never come out: it has no 'unlock' and no reveal(\"secret\") call")])
    }

    /// A scenario file saved in another encoding than UTF-8 is named, not silently shown to the trainee as `�`.
    @Test func RP0028_bytesThatAreNotUTF8() throws {
        // "Café" and "naïve" as Windows-1252 bytes (0xE9, 0xEF), on lines 4 and 6 of a CRLF file.
        var bytes = Array(minimalScenario.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let title = Array("title = \"Minimal\"".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: title) })
        bytes.replaceSubrange(at..<(at + title.count), with: Array("title = \"Caf".utf8) + [0xE9] + Array("\"".utf8))
        let opening = Array("opening = \"".utf8)
        let open = try #require(bytes.indices.first { bytes[$0...].starts(with: opening) })
        bytes.insert(contentsOf: Array("na".utf8) + [0xEF] + Array("ve ".utf8), at: open + opening.count)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID().uuidString).lua")
        try Data(bytes).write(to: file)
        let options = ValidationOptions(explore: false, randomGames: 0, limits: LuaLimits(memoryBytes: 16 << 20, timeoutSeconds: 0.3))
        let found = ScenarioValidator(options: options, analyzer: MarkerAnalyzer()).validate(path: file.path).diagnostics
        #expect(found == [Diagnostic(code: "RP0028", severity: .warning, file: file.path, line: 4, column: 15,
                                     message: "the file is not UTF-8 text here (and on 1 more line); the trainee would see '\u{FFFD}' (save the file as UTF-8)")])
        #expect(validate(minimalScenario).diagnostics.isEmpty)
    }
}

/// Finding a key's line skips lines by their bytes only when that cannot change the answer.
@Suite struct SourceIndexTests {
    @Test func keysAreFoundAsBefore() {
        let index = SourceIndex(source: "-- did you see\nlocal x = { name = 'a' }\n  id = \"refund\",\n  sid = 1,\n")
        #expect(index.line(ofKey: "id") == 3)
        #expect(index.line(ofKey: "id", value: "\"refund\"") == 3)
        #expect(index.line(ofKey: "name", value: "'a'") == 2)
        #expect(index.line(containing: "\"refund\"") == 3)
        #expect(index.line(ofKey: "nope") == nil)
    }

    @Test func canonicallyEquivalentCharactersStillMatch() {
        // U+212A KELVIN SIGN is canonically equivalent to "K": Swift's Character search matches it, bytes would not.
        let index = SourceIndex(source: "x = 1\n\u{212A}ey = 2\n")
        #expect(index.line(ofKey: "Key") == 2)
        #expect(index.line(containing: "Key") == 2)
    }
}
