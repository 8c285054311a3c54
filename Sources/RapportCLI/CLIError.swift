/// Errors the commands raise; `ErrorPresenter` turns each into a message and an exit status.
public enum CLIError: Error, Sendable, Equatable {
    /// The user asked for something that cannot be done as asked (exit 2).
    case usage(String)
    /// A file or folder could not be read or written (exit 2).
    case io(path: String, reason: String)
    /// The content was found wanting: a broken scenario, failed checks (exit 1). The message may be empty when
    /// the details were already printed.
    case content(String)
}
