#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps Ctrl-C from killing the process during an interactive call. While a line is edited, Ctrl-C is a key
/// (libedit cancels the line); between lines (a turn being scored) the signal is caught and does nothing.
enum InterruptGuard {
    /// Installs a do-nothing SIGINT handler and returns a function that puts the previous one back.
    static func install() -> () -> Void {
        let previous = signal(SIGINT) { _ in }
        return { _ = signal(SIGINT, previous) }
    }
}
