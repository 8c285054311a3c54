import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `rapport play` on a pseudo-terminal for both input and output, so the line editor (libedit) is in use.
@Suite struct BinaryTerminalTests {
    let binary = BinaryTests()

    /// Runs `rapport play double-charge` and types each text once the `you> ` prompt has been shown once more (as
    /// a person would: the editor shows the prompt after putting the terminal in raw mode, while typing ahead of it
    /// can lose a Ctrl-D to the cooked mode between lines); returns everything it displayed. A program still
    /// running 30 seconds after the last text is stopped, and the test fails rather than hangs.
    func play(_ texts: [String]) throws -> (status: Int32, screen: String) {
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
        for (index, text) in texts.enumerated() {
            let deadline = Date().addingTimeInterval(30)
            while screen.text.components(separatedBy: "you> ").count - 1 <= index, Date() < deadline, process.isRunning { usleep(20_000) }
            // The prompt can reach the screen just before the editor puts the terminal in raw mode; a pasted line
            // that arrives in cooked mode is cut at the kernel's 4,095-byte line limit.
            usleep(300_000)
            let typed = Array(text.utf8)
            var offset = 0
            while offset < typed.count {
                let wrote = typed[offset...].withUnsafeBytes { write(master, $0.baseAddress, min($0.count, 1024)) }
                if wrote <= 0 { break }
                offset += wrote
            }
        }
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("rapport play did not end; screen so far:\n\(screen.text.suffix(500))")
        }
        process.waitUntilExit()
        while !reader.isFinished { usleep(10_000) }
        close(master)
        return (process.terminationStatus, screen.text)
    }

    @Test func aHugePasteIsRefusedWithItsLengthAndTheCallGoesOn() throws {
        // Past twice the reply limit the editor stops redrawing the line and drops the rest of it: the refusal
        // names the whole length, and the next line is a reply like any other.
        let result = try play([String(repeating: "y", count: 20_000) + "\r", "Thanks for explaining.\r", "\u{04}"])
        #expect(result.status == 0)
        #expect(result.screen.contains("That reply is 20000 characters; the limit is 4000. Nothing was sent"))
        // The editor stopped showing (and redrawing) the line at 8,000 characters instead of echoing all of it.
        #expect(result.screen.utf8.count { $0 == UInt8(ascii: "y") } < 10_000)
        #expect(result.screen.contains("gratitude"))
        #expect(result.screen.contains("Debrief"))
    }

    @Test func typedUnicodeReachesTheReplyIntact() throws {
        let result = try play(["I'm so sorry, that sounds exhausting – é\r", "\u{04}"])
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
