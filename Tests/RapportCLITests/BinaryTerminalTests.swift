import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `rapport play` on a pseudo-terminal for both input and output, so the line editor (libedit) is in use.
@Suite struct BinaryTerminalTests {
    let binary = BinaryTests()

    /// Runs `rapport play double-charge` and types each step's text once the screen shows the step's cue (as a
    /// person would: typing ahead of a line editor can lose a Ctrl-D to the terminal's cooked mode between lines);
    /// returns everything it displayed.
    func play(_ steps: [(cue: String, text: String)]) throws -> (status: Int32, screen: String) {
        var master: Int32 = -1, slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw CocoaError(.featureUnsupported) }
        let folder = try binary.temporaryDirectory()
        let process = BinaryTests.process(["play", "double-charge", "--save", folder.path, "--no-plugins"],
                                          environment: ["XDG_DATA_HOME": folder.path, "LANG": "C.UTF-8", "TERM": "xterm"])
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        // Only the child keeps the terminal open, so reading the master side ends (EIO) when the program exits.
        try terminal.close()
        // Drain the screen while typing, or both sides would wait on full terminal buffers.
        let screen = ScreenBuffer()
        let output = master
        let reader = Thread {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let got = read(output, &chunk, chunk.count)
                if got <= 0 { break }  // EIO once the program has exited
                screen.append(chunk[0..<got])
            }
        }
        reader.start()
        for step in steps {
            let deadline = Date().addingTimeInterval(60)
            while !screen.text.contains(step.cue), Date() < deadline, process.isRunning { usleep(20_000) }
            let typed = Array(step.text.utf8)
            var offset = 0
            while offset < typed.count {
                let wrote = typed[offset...].withUnsafeBytes { write(master, $0.baseAddress, min($0.count, 1024)) }
                if wrote <= 0 { break }
                offset += wrote
            }
        }
        process.waitUntilExit()
        while !reader.isFinished { usleep(10_000) }
        close(master)
        return (process.terminationStatus, screen.text)
    }

    @Test func aHugePasteIsRefusedWithItsLengthAndTheCallGoesOn() throws {
        // Past twice the reply limit the editor stops redrawing the line and drops the rest of it: the refusal
        // names the whole length, and the next line is a reply like any other.
        let result = try play([("you> ", String(repeating: "y", count: 20_000) + "\r"),
                               ("Nothing was sent", "Thanks for explaining.\r"),
                               ("gratitude", "\u{04}")])
        #expect(result.status == 0)
        #expect(result.screen.contains("That reply is 20000 characters; the limit is 4000. Nothing was sent"))
        // The editor stopped showing (and redrawing) the line at 8,000 characters instead of echoing all of it.
        #expect(result.screen.utf8.count { $0 == UInt8(ascii: "y") } < 10_000)
        #expect(result.screen.contains("gratitude"))
        #expect(result.screen.contains("Debrief"))
    }

    @Test func typedUnicodeReachesTheReplyIntact() throws {
        let result = try play([("you> ", "I'm so sorry, that sounds exhausting – é\r"), ("exhausting”", "\u{04}")])
        #expect(result.status == 0)
        #expect(result.screen.contains("“that sounds exhausting”"))
    }
}

/// Bytes a background thread appends while the test reads them at the end.
final class ScreenBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    func append(_ chunk: ArraySlice<UInt8>) { lock.withLock { bytes.append(contentsOf: chunk) } }

    var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }
}
