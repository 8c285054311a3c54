import ArgumentParser
import RapportProgress

/// The one place where errors become text on stderr and an exit status.
public enum ErrorPresenter {
    /// Formats `error` for a person and returns the message (without a trailing newline) and the exit status.
    /// Help and version requests come back as their text with status 0.
    public static func present(_ error: any Error) -> (message: String, status: ExitStatus, toStandardOutput: Bool) {
        switch error {
        case let error as CLIError:
            switch error {
            case .usage(let message):
                return ("error: \(message)", .usage, false)
            case .io(let path, let reason):
                return ("error: \(path): \(reason)", .usage, false)
            case .content(let message):
                return (message, .contentProblem, false)
            }
        case let error as ProgressError:
            return ("error: \(describe(error))", .usage, false)
        case let error as DiagnosticsError:
            return (error.diagnostics.map(\.formatted).joined(separator: "\n"), .contentProblem, false)
        default:
            let code = RapportCommand.exitCode(for: error)
            let text = RapportCommand.fullMessage(for: error)
            if code == .success {
                return (text, .success, true)
            }
            if code == .validationFailure {
                return (text, .usage, false)
            }
            return ("internal error: \(text)\nThis is a bug in Rapport; please report it with the command you ran.", .internal, false)
        }
    }

    /// A warning for a problem that does not stop the command (the progress database when playing): one line.
    public static func warning(_ error: any Error) -> String {
        let message = present(error).message
        return message.hasPrefix("error: ") ? "warning: " + message.dropFirst("error: ".count) : "warning: " + message
    }

    /// What went wrong with the progress database and what the trainee can do about it.
    static func describe(_ error: ProgressError) -> String {
        switch error {
        case .corrupt(let path, let reason):
            return "\(path): \(reason). Move the file aside to start a new one, or delete your stored progress with "
                + "'rapport progress --delete'. Saved session files are not affected."
        case .newerVersion(let path, let unknown):
            return "\(path) was written by a newer version of Rapport (changes this version does not know: "
                + "\(unknown.joined(separator: ", "))). Update Rapport to use it; this version leaves it untouched."
        case .io(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}
