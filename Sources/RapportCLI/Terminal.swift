#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to the process's standard streams. The CLI module is the only place that prints.
///
/// Writes go straight to the file descriptors (no stdio buffering), so nothing is lost if the process dies.
public enum Terminal {
    /// Writes `text` to standard output as is.
    public static func write(_ text: String) {
        writeAll(STDOUT_FILENO, text)
    }

    /// Writes `text` and a newline to standard output.
    public static func line(_ text: String = "") {
        writeAll(STDOUT_FILENO, text + "\n")
    }

    /// Writes `text` and a newline to standard error.
    public static func error(_ text: String) {
        writeAll(STDERR_FILENO, text + "\n")
    }

    /// Kept for call sites that want to be explicit; writes are unbuffered, so there is nothing to flush.
    public static func flush() {}

    /// Writes every byte of `text` to `fd`, retrying after interruptions and short writes.
    static func writeAll(_ fd: Int32, _ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard var base = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let n = Glibc.write(fd, base, remaining)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                remaining -= n
                base += n
            }
        }
    }

    /// True when standard output is a terminal.
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// True when standard input is a terminal.
    public static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// True when colour may be used on standard output: a terminal, `NO_COLOR` unset or empty, `TERM` not `dumb`.
    public static var colorEnabled: Bool {
        guard stdoutIsTerminal else { return false }
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
        return !isDumb
    }

    /// True when `TERM` is `dumb`: a terminal that understands no escape sequences, so neither colour nor a line
    /// redrawn in place (progress, the breathing timer) may be used on it.
    public static var isDumb: Bool {
        guard let term = getenv("TERM") else { return false }
        return String(cString: term) == "dumb"
    }
}
