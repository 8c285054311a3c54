import ArgumentParser

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
}
