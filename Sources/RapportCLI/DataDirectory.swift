import Foundation

/// Where Rapport keeps a trainee's data: `$XDG_DATA_HOME/rapport`, by default `~/.local/share/rapport`.
/// A relative `XDG_DATA_HOME` is ignored, as the XDG Base Directory specification asks (it would scatter a
/// trainee's data into whatever folder they ran Rapport from).
enum DataDirectory {
    static var root: String {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/rapport" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/rapport"
    }

    /// The folder for session transcripts.
    static var sessions: String { root + "/sessions" }

    /// The line-editing history of `rapport play`.
    static var history: String { root + "/history" }

    /// The progress database: sessions, shifts and the resilience plan.
    static var progress: String { root + "/progress.sqlite" }
}
