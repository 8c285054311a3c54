import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `rapport play` as a built binary with piped input: what a script or a CI job sees, and what survives a kill.
@Suite struct BinaryPlayTests {
    let binary = BinaryTests()

    @Test func commandsWorkThroughAPipeAndEndOfInputEndsWithTheDebrief() throws {
        let folder = try binary.temporaryDirectory()
        let result = try binary.run(["play", "double-charge", "--save", folder.path], input: ":goals\nI'm so sorry, that sounds stressful.\n:mood\n",
                                    environment: ["LANG": "C.UTF-8", "NO_COLOR": ""])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Goals for this call:"))
        #expect(result.stdout.contains("· Confirm which order and which charges (required)"))
        #expect(result.stdout.contains("Mood so far:"))
        #expect(result.stdout.contains("You ended the call."))  // end of input is Ctrl-D
        #expect(result.stdout.contains("Debrief — Charged twice, rent bounced"))
        #expect(result.stdout.contains("Saved: \(folder.path)/"))
        #expect(!result.stdout.contains("\u{1B}"))  // a pipe gets no colour
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(Set(files.map { ($0 as NSString).pathExtension }) == ["jsonl", "json", "md"])
    }

    @Test func typingAtATerminalWithOutputToAFileKeepsTheRepliesInTheOutput() throws {
        // `rapport play double-charge | tee call.txt`: the replies are typed on the terminal, and the saved output
        // must still read as a transcript ("you> I'm sorry."), not "you>   ▸ 44/100".
        var master: Int32 = -1, slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { Issue.record("no pseudo-terminal"); return }
        let folder = try binary.temporaryDirectory()
        let process = BinaryTests.process(["play", "double-charge", "--save", folder.path, "--no-plugins"],
                                          environment: ["XDG_DATA_HOME": folder.path])
        let stdout = Pipe()
        // Closed once, by its one owner (see ValidateOutputTests.progressLineOnATerminalButNotOnADumbOne).
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = terminal
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        try terminal.close()
        let typed = "I'm sorry.\n\u{04}"  // a line, then Ctrl-D on the empty line
        _ = typed.withCString { write(master, $0, strlen($0)) }
        let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        close(master)
        #expect(process.terminationStatus == 0)
        #expect(out.contains("you> I'm sorry.\n"))
        #expect(out.contains("Debrief — Charged twice, rent bounced"))
    }

    @Test func noColorAndAnASCIILocaleGivePlainASCII() throws {
        let folder = try binary.temporaryDirectory()
        let result = try binary.run(["play", "double-charge", "--save", folder.path, "--mode", "exam"], input: "Hello.\n",
                                    environment: ["NO_COLOR": "1", "LC_ALL": "C", "COLUMNS": "40"])
        #expect(result.status == 0)
        #expect(result.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(result.stdout.contains("Dana [furious -65]"))
        #expect(result.stdout.contains("Turn by turn"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 40 })
    }

    @Test func badModeIsAUsageError() throws {
        let result = try binary.run(["play", "double-charge", "--mode", "lecture"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("lecture"))
    }

    @Test func pickingAScenarioFromTheList() throws {
        let folder = try binary.temporaryDirectory()
        let result = try binary.run(["play", "--save", folder.path], input: "99\ndouble-charge\nHello.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Scenarios in Scenarios:"))
        #expect(result.stdout.contains("Charged twice, rent bounced"))
        #expect(result.stdout.contains("practises: acknowledge, ownership, next step\n"))
        #expect(!result.stdout.contains("outcome:"))
        #expect(result.stdout.contains("Type a number from 1 to"))
        // Piped answers are echoed, and a wrong one is named.
        #expect(result.stdout.contains("Choose a scenario (1-12 or an id): 99\nThere is no scenario '99' here."))
        #expect(result.stdout.contains("Choose a scenario (1-12 or an id): double-charge\n"))
        #expect(result.stdout.contains("you> Hello."))
    }

    @Test func killingTheProcessMidCallLeavesEveryCompletedTurnInTheLog() throws {
        let folder = try binary.temporaryDirectory()
        let process = BinaryTests.process(["play", "double-charge", "--save", folder.path])
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data("Hello.\nI'm sorry, that sounds awful.\n".utf8))
        // Wait until the second customer line is on screen: both turns have been logged before it was shown.
        var shown = ""
        let deadline = Date().addingTimeInterval(20)
        while shown.components(separatedBy: "you> ").count < 3 || !shown.hasSuffix("\n\n"), Date() < deadline {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            shown += String(decoding: chunk, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1)  // only the live log: the call never ended
        let lines = try String(contentsOf: folder.appendingPathComponent(files[0]), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)  // header and two turns, each a complete JSON object
        for line in lines { #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any]) }
        #expect(lines[2].contains("\"reply\":\"I'm sorry, that sounds awful.\""))
    }
}
