import Foundation
import GRDB
import RapportCore

/// The trainee's progress database (SQLite): every session, every shift with its check-ins and tools, and the
/// resilience plan. Opening it applies the named migrations; every error comes back as a ``ProgressError``.
public final class ProgressStore: Sendable {
    /// The database file.
    public let path: String
    let queue: DatabaseQueue

    /// Opens (creating if needed) the database at `path` and migrates it to this version's schema.
    /// Throws ``ProgressError/corrupt(path:reason:)`` for a file that is not a readable SQLite database,
    /// ``ProgressError/newerVersion(path:unknownMigrations:)`` for one written by a newer Rapport, and
    /// ``ProgressError/io(path:reason:)`` when the file or folder cannot be opened.
    public init(path: String) throws(ProgressError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .io(path: folder, reason: "cannot create the folder")
            }
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = "rapport-progress"
        let opened: DatabaseQueue
        do {
            opened = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Self.translate(error, path: path)
        }
        queue = opened
        try Self.guarded(path) {
            let migrator = Self.migrator
            let (superseded, applied) = try opened.read { db in
                (try migrator.hasBeenSuperseded(db), try migrator.appliedIdentifiers(db))
            }
            if superseded {
                let known = Set(Self.migrationNames)
                throw ProgressError.newerVersion(path: path, unknownMigrations: applied.subtracting(known).sorted())
            }
            try migrator.migrate(opened)
        }
    }

    /// The names of the migrations this version applies, in order.
    public static var migrationNames: [String] { migrator.migrations }

    /// The names of the migrations applied to this database, in order.
    public func appliedMigrations() throws(ProgressError) -> [String] {
        try read { db in try Self.migrator.appliedMigrations(db) }
    }

    // MARK: Sessions

    /// Saves a session (a play session, or a shift call when `shiftID` is set) and returns it with its id.
    @discardableResult
    public func record(_ session: SessionEntry) throws(ProgressError) -> SessionEntry {
        try write { db in
            var saved = session
            try saved.insert(db)
            return saved
        }
    }

    /// Every stored session, oldest first.
    public func sessions() throws(ProgressError) -> [SessionEntry] {
        try read { db in try SessionEntry.order(Column("startedAt"), Column("id")).fetchAll(db) }
    }

    // MARK: Shifts

    /// Saves a starting shift and returns it with its id.
    public func begin(_ shift: ShiftEntry) throws(ProgressError) -> ShiftEntry {
        try write { db in
            var saved = shift
            try saved.insert(db)
            return saved
        }
    }

    /// Saves a check-in of a shift.
    public func record(_ checkIn: CheckInEntry) throws(ProgressError) {
        try write { db in
            var row = checkIn
            try row.insert(db)
        }
    }

    /// Saves a tool offered in a shift.
    public func record(_ tool: ToolUseEntry) throws(ProgressError) {
        try write { db in
            var row = tool
            try row.insert(db)
        }
    }

    /// Marks shift `shift` as ended, with its fading flags and whether it ended before its planned calls.
    public func finish(_ shift: ShiftEntry) throws(ProgressError) {
        try write { db in try shift.update(db) }
    }

    /// Every stored shift with its calls, check-ins and tools, oldest first.
    public func shifts() throws(ProgressError) -> [ShiftDetail] {
        try read { db in
            let shifts = try ShiftEntry.order(Column("startedAt"), Column("id")).fetchAll(db)
            return try shifts.map { shift in
                ShiftDetail(
                    shift: shift,
                    calls: try SessionEntry.filter(Column("shiftID") == shift.id).order(Column("callNumber")).fetchAll(db),
                    checkIns: try CheckInEntry.filter(Column("shiftID") == shift.id).order(Column("afterCall")).fetchAll(db),
                    tools: try ToolUseEntry.filter(Column("shiftID") == shift.id).order(Column("afterCall"), Column("id")).fetchAll(db))
            }
        }
    }

    // MARK: Plumbing

    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(ProgressError) -> T {
        try Self.guarded(path) { try queue.read(body) }
    }

    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(ProgressError) -> T {
        try Self.guarded(path) { try queue.write(body) }
    }

    /// Runs `body`, turning any error into a ``ProgressError``.
    static func guarded<T>(_ path: String, _ body: () throws -> T) throws(ProgressError) -> T {
        do {
            return try body()
        } catch {
            throw translate(error, path: path)
        }
    }

    /// A ``ProgressError`` for `error`: damaged or foreign files are `corrupt`, the rest `io`.
    static func translate(_ error: any Error, path: String) -> ProgressError {
        if let progress = error as? ProgressError { return progress }
        if let database = error as? DatabaseError {
            switch database.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return .corrupt(path: path, reason: "not a Rapport progress database, or damaged")
            default:
                return .io(path: path, reason: database.message ?? "\(database.resultCode)")
            }
        }
        return .io(path: path, reason: "\(error)")
    }
}
