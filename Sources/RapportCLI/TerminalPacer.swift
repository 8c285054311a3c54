import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Real time. When standard input is a terminal, a line typed while waiting (Enter) stops the exercise; with piped
/// input nothing is read, so the lines meant for later prompts are left alone.
final class TerminalPacer: Pacer {
    let watchesInput: Bool

    /// A pacer that watches standard input for Enter when it is a terminal.
    init(watchesInput: Bool = Terminal.stdinIsTerminal) { self.watchesInput = watchesInput }

    func wait(seconds: Double) -> Bool {
        let milliseconds = Int32(max(0, seconds * 1000))
        guard watchesInput else {
            usleep(useconds_t(milliseconds) * 1000)
            return false
        }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        // Consume the typed line, up to and including its newline (or end of input).
        var byte: UInt8 = 0
        while read(STDIN_FILENO, &byte, 1) == 1, byte != 10 {}
        return true
    }
}
