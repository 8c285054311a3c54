import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `rapport validate` end to end: exit codes, and every format parsed back with Foundation.
@Suite struct ValidateOutputTests {
    let cli = BinaryTests()

    /// A pack with one clean scenario and one with planted mistakes (an unknown technique, an undefined story part,
    /// a sandbox escape, an over-long line).
    func brokenPack() throws -> String {
        let folder = try cli.temporaryDirectory()
        let good = """
            return scenario {
              api_version = 1, id = "good", title = "Good",
              persona = { name = "Sam", mood = -40, patience = 2 },
              opening = "My parcel never came.",
              goals = { { id = "sorry", techniques = { "apology" }, required = true } },
            }
            """
        let bad = """
            local f = io.open("x")
            return scenario {
              api_version = 1, id = "bad", title = "Bad, \\"quoted\\" & <odd>",
              persona = { name = "Sam", mood = -40, patience = 2 },
              opening = "My parcel never came.",
              goals = { { id = "sorry", techniques = { "apologise" } } },
            }
            """
        try Data(good.utf8).write(to: folder.appendingPathComponent("good.lua"))
        try Data(bad.utf8).write(to: folder.appendingPathComponent("bad.lua"))
        return folder.path
    }

    @Test func textFormatExitCodesAndUsage() throws {
        let folder = try brokenPack()
        let result = try cli.run(["validate", folder, "--random", "5", "--max-states", "8"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(folder)/bad.lua:1:11: error: [RP0015] 'io.open' is not available"))
        #expect(result.stdout.contains("FAILED: 2 scenarios"))
        let missing = try cli.run(["validate", folder + "/nope"])
        #expect(missing.status == 2)
        let usage = try cli.run(["validate", "--random", "-3", folder])
        #expect(usage.status == 2)
        // Out-of-range numbers that do reach the command's own checks are usage errors too, not internal ones.
        for arguments in [["--max-states", "0"], ["--random=-3"], ["--jobs=-1"]] {
            let outOfRange = try cli.run(["validate", folder] + arguments)
            #expect(outOfRange.status == 2, "\(arguments)")
            #expect(!outOfRange.stderr.contains("internal error"), "\(arguments)")
        }
        // An empty folder is not a clean pack: CI pointed at the wrong folder must fail.
        let empty = try cli.run(["validate", try cli.temporaryDirectory().path])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("nothing to validate: no scenario files"))
    }

    @Test func shippedPackValidatesClean() throws {
        // Static checks and golden tests; .ci/run also runs the exploration and random games over the pack.
        let result = try cli.run(["validate", "Scenarios", "Plugins", "--format", "json", "--no-explore", "--random", "0"])
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        let errors = files.flatMap { ($0["diagnostics"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "error" } }
        #expect(errors.isEmpty)
        #expect(result.status == 0)
    }

    @Test func progressLineOnATerminalButNotOnADumbOne() throws {
        // Standard error on a pseudo-terminal, as when a trainer runs validate by hand.
        func stderr(term: String) throws -> String {
            var master: Int32 = -1, slave: Int32 = -1
            guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw CocoaError(.fileNoSuchFile) }
            let process = BinaryTests.process(["validate", "Scenarios/double-charge.lua", "--no-explore", "--random", "0", "--no-plugins"],
                                              environment: ["TERM": term])
            process.standardOutput = FileHandle.nullDevice
            // One owner closes the terminal's slave side, once: a second close(2) of a number another test has
            // since been given closes that test's file instead ("Bad file descriptor" when it starts a process).
            let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
            process.standardError = terminal
            try process.run()
            try terminal.close()
            process.waitUntilExit()
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 200) > 0 else { break }
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }
                bytes += buffer[0..<n]
            }
            close(master)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(try stderr(term: "xterm").contains("\u{1B}[2Kvalidating [1/1]"))
        // A dumb terminal shows escape sequences as garbage: no progress line there.
        #expect(try !stderr(term: "dumb").contains("\u{1B}"))
    }

    @Test func summaryCountsPlayedTurnsWhenNothingWasForked() throws {
        // Golden tests alone play turns that exploration's coverage does not count: no "0 turns covered (12 played)".
        let result = try cli.run(["validate", "Scenarios/double-charge.lua", "--no-explore", "--random", "0", "--no-plugins"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("0 turns covered"))
        #expect(result.stdout.range(of: #"golden tests 3/3 passed; [1-9][0-9]* turns played in "#, options: .regularExpression) != nil)
    }

    @Test func jsonCarriesHelpLinks() throws {
        let result = try cli.run(["validate", try brokenPack(), "--format", "json", "--no-explore", "--random", "0"])
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["clean"] as? Bool == false)
        let items = (json["files"] as? [[String: Any]] ?? []).flatMap { $0["diagnostics"] as? [[String: Any]] ?? [] }
        let escape = try #require(items.first { $0["code"] as? String == "RP0015" })
        #expect(escape["line"] as? Int == 1)
        #expect((escape["help"] as? String)?.hasSuffix("/RP0015.md") == true)
    }

    @Test func junitIsWellFormedWithATestCasePerGoldenTest() throws {
        let result = try cli.run(["validate", "Scenarios", try brokenPack(), "--format", "junit", "--no-explore", "--random", "0"])
        final class Collector: NSObject, XMLParserDelegate {
            var suites = 0, cases: [String] = [], failures = 0, rootTests: String?
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                switch name {
                case "testsuites": rootTests = attributes["tests"]
                case "testsuite": suites += 1
                case "testcase": cases.append(attributes["name"] ?? "")
                case "failure": failures += 1
                default: break
                }
            }
        }
        let parser = XMLParser(data: Data(result.stdout.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "JUnit output must be well-formed XML: \(String(describing: parser.parserError))")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shipped = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Scenarios").path).filter { $0.hasSuffix(".lua") && $0 != "pack.lua" }
        #expect(collector.suites == shipped.count + 2)  // a suite per scenario file: the shipped pack and two broken ones
        #expect(collector.cases.contains("golden: warm path"))
        #expect(collector.rootTests == String(collector.cases.count))
        #expect(collector.failures >= 1)
    }

    @Test func sarifHasRulesResultsAndLocations() throws {
        let result = try cli.run(["validate", try brokenPack(), "--format", "sarif", "--no-explore", "--random", "0"])
        let log = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count >= 26)
        #expect(rules.allSatisfy { $0["shortDescription"] != nil && $0["helpUri"] == nil })
        let results = try #require(run["results"] as? [[String: Any]])
        let escape = try #require(results.first { $0["ruleId"] as? String == "RP0015" })
        #expect(escape["level"] as? String == "error")
        let index = try #require(escape["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "RP0015")
        let location = try #require((escape["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 1)
        #expect((location["region"] as? [String: Any])?["startColumn"] as? Int == 11)
    }

    @Test func sarifLinksRulesToPublishedPagesWhenGivenADocsURL() throws {
        let result = try cli.run(["validate", try brokenPack(), "--format", "sarif", "--no-explore", "--random", "0",
                                  "--docs-url", "https://docs.example.org/rapport/diagnostics"])
        let log = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let escape = try #require(rules.first { $0["id"] as? String == "RP0015" })
        #expect(escape["helpUri"] as? String == "https://docs.example.org/rapport/diagnostics/RP0015.md")
    }

    @Test func githubAnnotationsAreEscapedWorkflowCommands() throws {
        let result = try cli.run(["validate", try brokenPack(), "--format", "github", "--no-explore", "--random", "0"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let escape = try #require(lines.first { $0.contains("title=RP0015") })
        #expect(escape.hasPrefix("::error file="))
        #expect(escape.contains(",line=1,col=11,title=RP0015::'io.open' is not available%3A") == false)
        #expect(escape.contains(",line=1,col=11,title=RP0015::'io.open' is not available: the sandbox has no 'io' library"))
        #expect(lines.allSatisfy { !$0.hasPrefix("::") || $0.range(of: #"^::(error|warning|notice) [^:]*::"#, options: .regularExpression) != nil })
    }

    @Test func githubSummaryCountsInWordsATrainerReads() throws {
        let folder = try cli.temporaryDirectory()
        let one = """
            return scenario {
              api_version = 1, id = "one", title = "One",
              persona = { name = "Sam", mood = -40, patience = 2 },
              opening = "My parcel never came.",
              goals = { { id = "sorry", techniques = { "apologise" } } },
            }
            """
        try Data(one.utf8).write(to: folder.appendingPathComponent("one.lua"))
        let result = try cli.run(["validate", folder.path, "--format", "github", "--no-explore", "--random", "0"])
        #expect(result.stdout.split(separator: "\n").last == "rapport validate: 1 scenario, 1 error, 0 warnings, golden tests 0/0 passed")
    }
}
