/// The documented exit statuses of `rapport`.
public enum ExitStatus: Int32, Sendable {
    /// Everything worked.
    case success = 0
    /// Content problems: a broken scenario, a failed validation or test.
    case contentProblem = 1
    /// Bad usage, or a file that could not be read or written.
    case usage = 2
    /// A bug in Rapport itself.
    case `internal` = 3
}
