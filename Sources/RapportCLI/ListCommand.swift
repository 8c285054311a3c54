import ArgumentParser
import RapportCore
import RapportEngine

/// `rapport list`: the scenarios in a pack.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the scenarios in a pack.")

    @Option(name: .long, help: "The scenario pack folder.")
    var pack: String = "Scenarios"

    func run() throws {
        let catalog = try Catalogs.open(pack)
        let rows = catalog.entries.map { entry -> [String] in
            guard let d = entry.definition else {
                return [entry.path, "(does not load: run 'rapport validate \(pack)')", ""]
            }
            return [d.id, TerminalSafe.sanitize(d.title), String(repeating: "●", count: d.difficulty) + String(repeating: "○", count: 5 - d.difficulty)]
        }
        guard !rows.isEmpty else {
            Terminal.line("No scenarios in \(pack).")
            return
        }
        let width = rows.map { $0[0].count }.max() ?? 0
        for row in rows {
            Terminal.line(row[0].padding(toLength: width) + "  " + row[2] + "  " + row[1])
        }
    }
}

/// Opening pack folders, with their errors turned into CLI errors.
enum Catalogs {
    static func open(_ directory: String) throws -> ScenarioCatalog {
        do {
            return try ScenarioCatalog(directory: directory)
        } catch {
            switch error {
            case .unreadable(let path, let reason): throw CLIError.io(path: path, reason: reason)
            }
        }
    }
}

extension String {
    /// Pads with spaces to `length` characters (never truncates).
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
