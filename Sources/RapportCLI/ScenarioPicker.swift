import RapportCore
import RapportEngine

/// Shows the pack's scenarios and lets the trainee choose one by number or id.
struct ScenarioPicker {
    let pack: String
    let input: any LineReader

    func pick() throws -> String {
        let catalog = try Catalogs.open(pack)
        let playable = catalog.entries.filter { $0.definition != nil }
        guard !playable.isEmpty else { throw CLIError.usage("no playable scenarios in \(pack)") }
        Terminal.line("Scenarios in \(pack):")
        for (offset, entry) in playable.enumerated() {
            let d = entry.definition!
            let skills = d.skills.isEmpty ? "" : "  (" + d.skills.joined(separator: ", ") + ")"
            Terminal.line("  \(offset + 1). \(TerminalSafe.sanitize(d.title)) — difficulty \(d.difficulty)\(TerminalSafe.sanitize(skills))")
        }
        while true {
            guard let answer = input.readLine(prompt: "Choose a scenario (1-\(playable.count)): ") else {
                throw CLIError.usage("no scenario chosen")
            }
            let trimmed = answer.trimmed
            if let n = Int(trimmed), (1...playable.count).contains(n) { return playable[n - 1].path }
            if let match = playable.first(where: { $0.definition?.id == trimmed }) { return match.path }
            Terminal.line("Type a number from 1 to \(playable.count), or a scenario id.")
        }
    }
}

extension String {
    /// Without leading and trailing whitespace.
    var trimmed: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
