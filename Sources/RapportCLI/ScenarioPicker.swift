import RapportCore
import RapportEngine

/// Shows the pack's scenarios (title, difficulty, skills) and lets the trainee choose one by number or id;
/// Tab completes ids.
struct ScenarioPicker {
    let pack: String
    let input: any LineReader
    let screen: Screen

    /// The chosen scenario's path. Throws a usage error when input ends (or is cancelled) before a choice.
    func pick() throws -> String {
        let catalog = try Catalogs.open(pack)
        let playable = catalog.entries.compactMap { entry in entry.definition.map { (path: entry.path, definition: $0) } }
        guard !playable.isEmpty else { throw CLIError.usage("no playable scenarios in \(pack)") }
        let glyphs = screen.glyphs
        screen.line(Styled("Scenarios in \(pack):", .bold))
        let idWidth = playable.map(\.definition.id.count).max() ?? 0
        for (offset, item) in playable.enumerated() {
            let d = item.definition
            let number = "\(offset + 1).".padding(toLength: 4)
            screen.line(Styled(number) + Styled(d.id.padding(toLength: idWidth), .accent) + Styled("  " + glyphs.difficulty(d.difficulty) + "  ")
                        + Styled(d.title, .bold), indent: 2)
            // Learning-outcome tags (`outcome:…`) are for trainers' reports; the trainee sees the skills.
            let shown = d.skills.filter { !$0.hasPrefix("outcome:") }
            if !shown.isEmpty {
                let skills = shown.map { String($0.map { $0 == "_" ? " " : $0 }) }.joined(separator: ", ")
                screen.line(Styled("practises: " + skills, .dim), indent: 6 + idWidth + 2 + DisplayWidth.of(glyphs.difficulty(0)) + 2)
            }
        }
        input.completions = playable.map(\.definition.id)
        defer { input.completions = [] }
        while true {
            let prompt = "Choose a scenario (1-\(playable.count) or an id): "
            let event = input.read(prompt: prompt)
            guard case .line(let answer) = event else { throw CLIError.usage("no scenario chosen") }
            // Piped answers are echoed after the prompt, as replies are in a call, so the output reads as a transcript.
            if !input.isInteractive { screen.line(Styled(prompt, .accent) + Styled(answer)) }
            let trimmed = answer.trimmed
            if let n = Int(trimmed), (1...playable.count).contains(n) { return playable[n - 1].path }
            if let match = playable.first(where: { $0.definition.id == trimmed }) { return match.path }
            let what = trimmed.isEmpty ? "" : "There is no scenario '\(trimmed)' here. "
            screen.line(Styled(what + "Type a number from 1 to \(playable.count), or a scenario id (Tab completes).", .warn))
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
