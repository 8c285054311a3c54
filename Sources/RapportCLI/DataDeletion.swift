import Foundation
import RapportCore
import RapportProgress

/// Everything Rapport stores for a trainee under the data directory, for `rapport progress --delete`: the progress
/// database (sessions, shifts, the resilience plan), the saved session files and the line-editing history.
struct DataDeletion {
    /// One thing that will be (or was) deleted.
    struct Item: Equatable {
        /// The file or folder.
        var path: String
        /// What it holds, for the trainee.
        var description: String
    }

    /// The data directory.
    let root: String

    var progressPath: String { root + "/progress.sqlite" }

    /// The items that exist now, with what each holds.
    func items() -> [Item] {
        let files = FileManager.default
        var items: [Item] = []
        if files.fileExists(atPath: progressPath) {
            var description = "your progress database"
            if let store = try? ProgressStore(path: progressPath), let sessions = try? store.sessions(), let shifts = try? store.shifts() {
                let hasPlan = (try? store.plan().isEmpty) == false
                description += ": \(sessions.count) session\(sessions.count == 1 ? "" : "s"), \(shifts.count) shift\(shifts.count == 1 ? "" : "s")"
                    + (hasPlan ? " and your resilience plan" : "")
            } else {
                description += " (it cannot be read, but it will be deleted)"
            }
            items.append(Item(path: progressPath, description: description))
        }
        for suffix in ["-journal", "-wal", "-shm"] where files.fileExists(atPath: progressPath + suffix) {
            items.append(Item(path: progressPath + suffix, description: "part of the progress database"))
        }
        let sessions = root + "/sessions"
        if let names = try? files.contentsOfDirectory(atPath: sessions) {
            items.append(Item(path: sessions, description: "\(names.count) saved session file\(names.count == 1 ? "" : "s") (transcripts and debriefs)"))
        }
        if files.fileExists(atPath: root + "/history") {
            items.append(Item(path: root + "/history", description: "the history of lines you typed in calls"))
        }
        return items
    }

    /// Deletes `items`; returns those deleted. A failure names the path.
    func delete(_ items: [Item]) throws(CLIError) -> [Item] {
        var deleted: [Item] = []
        for item in items {
            do {
                try FileManager.default.removeItem(atPath: item.path)
            } catch {
                throw .io(path: item.path, reason: "could not delete it (\(deleted.count) of \(items.count) items were deleted)")
            }
            deleted.append(item)
        }
        return deleted
    }
}
