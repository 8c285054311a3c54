/// Why the progress database could not be used. The CLI's `ErrorPresenter` turns each case into a message.
public enum ProgressError: Error, Sendable, Equatable {
    /// The file is not a Rapport progress database (not SQLite, or damaged).
    case corrupt(path: String, reason: String)
    /// The database was written by a newer Rapport, with changes this version does not know.
    case newerVersion(path: String, unknownMigrations: [String])
    /// The file or its folder could not be opened, read or written.
    case io(path: String, reason: String)
}
