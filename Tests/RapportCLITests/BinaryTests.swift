import Foundation
import Testing

/// End-to-end tests of the built `rapport` executable, as a user would run it.
@Suite struct BinaryTests {
    static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        #endif
        return Bundle.main.bundleURL
    }

    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built `rapport` with `arguments`, run from the repository root with this process's environment plus
    /// `environment`; not started, its standard streams left for the caller.
    static func process(_ arguments: [String], environment: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("rapport")
        process.arguments = arguments
        process.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        return process
    }

    func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Output {
        let process = Self.process(arguments, environment: environment)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func versionAndHelp() throws {
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("play"))
        #expect(help.stdout.contains("list"))
    }

    @Test func usageErrorsExitWith2() throws {
        let result = try run(["--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-option"))
        // A pack folder where a scenario was expected says how to pick from it (it was a file-read error, exit 1).
        let folder = try run(["play", "Scenarios"])
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("Scenarios is a folder: to pick from its scenarios, run 'rapport play --pack Scenarios'"))
        let unknown = try run(["play", "no-such-scenario"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no scenario 'no-such-scenario'"))
    }

    @Test func analyzeJSONLinesAnswersEveryLineWhateverTheCount() throws {
        // The lines are shared among worker chunks; some counts leave the last chunks empty (17 lines in 8 chunks
        // of 3), which must not matter. Every count up to 40 covers the split on any number of cores up to 8.
        for count in 1...40 {
            let input = (1...count).map { #"{"id": "\#($0)", "text": "Sorry about the wait."}"# }.joined(separator: "\n") + "\n"
            let result = try run(["analyze", "--format", "jsonl", "--no-plugins"], input: input)
            #expect(result.status == 0, "\(count) lines")
            let ids = result.stdout.split(separator: "\n").map { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
            }
            #expect(ids == (1...count).map { "\($0)" }, "\(count) lines")
        }
    }

    @Test func analyzeRefusesAnEmptyReplyAndNamesAMissingFile() throws {
        // An empty reply used to be scored (20/100, "no techniques found") as if it were one.
        let empty = try run(["analyze", "--no-plugins"], input: "  \n")
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("nothing to analyze"))
        #expect(empty.stdout.isEmpty)
        let missing = try run(["analyze", "/nonexistent/replies.txt", "--no-plugins"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/replies.txt: no such file"))
        // --benchmark times JSONL lines; plain text used to print "no replies to time" and exit 0.
        let plain = try run(["analyze", "--benchmark", "--no-plugins"], input: "I'm sorry about the wait.\n")
        #expect(plain.status == 2)
        #expect(plain.stderr.contains("--benchmark times JSONL input"))
        let timed = try run(["analyze", "--benchmark", "--no-plugins"], input: #"{"text": "I'm sorry about the wait."}"# + "\n")
        #expect(timed.status == 0)
        #expect(timed.stdout.contains("p99"))
    }

    @Test func aSaveFolderThatCannotBeCreatedIsNamed() throws {
        let folder = try temporaryDirectory()
        let blocker = folder.appendingPathComponent("a-file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let result = try run(["play", "double-charge", "--save", blocker.path + "/sessions"], input: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(blocker.path)/sessions: cannot create the folder"))
    }

    @Test func listShowsTheShippedScenario() throws {
        let result = try run(["list"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("double-charge"))
    }

    @Test func pipedConversationEndsWithAnOutcomeAndAReadableTranscript() throws {
        let folder = try temporaryDirectory()
        let result = try run(["play", "double-charge", "--save", folder.path, "--seed", "3"], input: "Hello.\nI can help with that.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Dana "))
        #expect(result.stdout.contains(" furious"))  // the mood meter
        #expect(result.stdout.contains("you> I can help with that."))
        #expect(result.stdout.contains("Call ended:"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }
        #expect(files.count == 1)
        let log = try String(contentsOf: folder.appendingPathComponent(files[0]), encoding: .utf8)
        let lines = log.split(separator: "\n")
        #expect(lines.count == 4)  // header, two turns, outcome
        #expect(lines[1].contains("\"reply\":\"Hello.\""))
        #expect(lines[3].contains("\"outcome\""))
    }

    @Test func brokenScenarioIsAContentProblemWithFileAndLine() throws {
        let folder = try temporaryDirectory()
        let file = folder.appendingPathComponent("broken.lua")
        try "return scenario {\n  id = = 1\n}\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try run(["play", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.lua:2: error: [RP0001]"))
    }

    @Test func scriptTextCannotReachTheTerminalAsEscapes() throws {
        let folder = try temporaryDirectory()
        let file = folder.appendingPathComponent("escape.lua")
        try """
        return scenario { api_version = 1, id = "escape", title = "Esc\\27]0;pwned\\7 title",
          persona = { name = "Eve\\27[31m" }, opening = "Hi\\27[2J there",
          goals = { { id = "g", phrases = { "zzz" } } } }
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try run(["play", file.path, "--save", folder.path], input: "hello\n")
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("Hi there"))
    }
}
