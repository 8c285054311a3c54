#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Terminal {
    /// True when standard error is a terminal (progress indicators go there, and only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Replaces the current line of standard error with `text` (no newline); an empty text clears the line.
    static func showProgress(_ text: String) {
        writeAll(STDERR_FILENO, "\r\u{1B}[2K" + text)
    }
}
