import ArgumentParser
import Foundation
import RapportCore
import RapportEngine
import RapportProgress

/// `rapport progress`: the trainee's progress over time, an export for trainers, and deleting it all.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show your progress over time, export it, or delete everything Rapport stored for you.",
        discussion: """
            Every 'rapport play' session and every shift is stored in $XDG_DATA_HOME/rapport/progress.sqlite \
            (default ~/.local/share/rapport). --export writes one row per session for trainers (columns in \
            docs/progress.md). --delete removes the database (with your resilience plan), the saved session files and \
            the typed-line history under that folder.
            """
    )

    @Option(name: .long, help: "Export every session as csv or json (to standard output, or --output FILE).")
    var export: ProgressExport.Format?

    @Option(name: .long, help: "The file to write the export to.")
    var output: String?

    @Flag(name: .long, help: "Delete all your stored data (asks first; --yes to skip the question).")
    var delete = false

    @Flag(name: .long, help: "With --delete: do not ask.")
    var yes = false

    @Option(name: .long, help: "The scenario pack, for the list of learning outcomes (default: Scenarios, if present).")
    var pack: String?

    func validate() throws {
        if delete && export != nil { throw ValidationError("--delete and --export cannot be used together.") }
        if output != nil && export == nil { throw ValidationError("--output needs --export csv|json.") }
        if yes && !delete { throw ValidationError("--yes goes with --delete.") }
    }

    func run() throws {
        if delete { return try deleteAll(reader: StandardInputReader()) }
        // A pack named on purpose must exist; the default one is optional (a trainee may run this anywhere).
        if let pack, !FileManager.default.fileExists(atPath: pack) { throw CLIError.io(path: pack, reason: "no such folder") }
        let path = DataDirectory.progress
        let exists = FileManager.default.fileExists(atPath: path)
        let store = exists ? try ProgressStore(path: path) : nil
        if let export {
            let sessions = try store?.sessions() ?? []
            if try Terminal.deliver(ProgressExport.render(sessions, format: export), to: output, what: "the export"), let output {
                Terminal.error("Wrote \(sessions.count) sessions to \(output).")
            }
            return
        }
        let screen = Screen(output: StandardScreenOutput(), profile: TerminalProfile.detect())
        guard let store, case let sessions = try store.sessions(), !sessions.isEmpty else {
            screen.line(Styled("No progress yet. Take a call with 'rapport play' or a shift with 'rapport shift'; each one is stored here.", .dim))
            return
        }
        let shifts = try store.shifts()
        let summary = ProgressSummary(sessions: sessions, knownOutcomes: knownOutcomes(), shifts: shifts)
        let renderer = ProgressRenderer(glyphs: screen.glyphs, unicode: screen.profile.unicode)
        for line in renderer.render(summary, sessions: sessions, shifts: shifts, plan: try store.plan()) {
            screen.line(line.text, indent: line.indent)
        }
    }

    /// The pack's learning outcomes (from its scenarios' `outcome:` tags, in teaching order), or none without a pack.
    func knownOutcomes() -> [String] {
        let pack = self.pack ?? "Scenarios"
        guard FileManager.default.fileExists(atPath: pack), let catalog = try? ScenarioCatalog(directory: pack) else { return [] }
        var seen: [String] = []
        for skill in catalog.entries.compactMap(\.definition).flatMap(\.skills) where skill.hasPrefix("outcome:") {
            let name = String(skill.dropFirst("outcome:".count))
            if !seen.contains(name) { seen.append(name) }
        }
        return seen
    }

    /// Deletes the trainee's data after saying what it is; asks on a terminal unless `--yes`.
    func deleteAll(reader: any LineReader) throws {
        let screen = Screen(output: StandardScreenOutput(), profile: TerminalProfile.detect())
        let deletion = DataDeletion(root: DataDirectory.root)
        let items = deletion.items()
        guard !items.isEmpty else {
            screen.line(Styled("Nothing to delete: Rapport has stored nothing under \(DataDirectory.root)."))
            return
        }
        screen.line(Styled("This deletes all your stored Rapport data:", .bold))
        for item in items { screen.line(Styled(item.path) + Styled(" \(screen.glyphs.dash) \(item.description)", .dim), indent: 2) }
        if !yes {
            guard Terminal.stdinIsTerminal else {
                throw CLIError.usage("not deleting without confirmation: run 'rapport progress --delete --yes' to delete from a script")
            }
            guard case .line(let answer) = reader.read(prompt: "Delete all of this? Type yes to confirm: "), answer.trimmed.lowercased() == "yes" else {
                screen.line(Styled("Nothing was deleted."))
                return
            }
        }
        let deleted = try deletion.delete(items)
        screen.line(Styled("Deleted \(deleted.count) item\(deleted.count == 1 ? "" : "s"): \(deleted.map { ($0.path as NSString).lastPathComponent }.joined(separator: ", ")).", .good))
        screen.line(Styled("Session files saved elsewhere with --save were not touched.", .dim))
    }
}
