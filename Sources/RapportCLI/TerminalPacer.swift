import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Real time when someone is at the keyboard: when standard input is a terminal, the pacer waits, and a line typed
/// while waiting (Enter) stops the exercise. With piped input (a script, a test run) there is nobody to breathe
/// along, so it does not wait, and nothing is read, so the lines meant for later prompts are left alone.
final class TerminalPacer: Pacer {
    let watchesInput: Bool

    /// A pacer that watches standard input for Enter when it is a terminal.
    init(watchesInput: Bool = Terminal.stdinIsTerminal) { self.watchesInput = watchesInput }

    func wait(seconds: Double) -> Bool {
        let milliseconds = Int32(max(0, seconds * 1000))
        guard watchesInput else { return false }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        // Consume the typed line, up to and including its newline (or end of input).
        var byte: UInt8 = 0
        while read(STDIN_FILENO, &byte, 1) == 1, byte != 10 {}
        return true
    }
}
