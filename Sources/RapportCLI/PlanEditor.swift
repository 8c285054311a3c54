import RapportCore

/// `rapport plan edit`: asks for the warning signs, the recovery tools and the note in turn. Enter keeps each part
/// as it is; `-` clears it. Returns the edited plan, or nil when input ended before the end (nothing is changed).
struct PlanEditor {
    let reader: any LineReader
    let screen: Screen

    func edit(_ plan: ResiliencePlan) -> ResiliencePlan? {
        var plan = plan
        screen.line(Styled("Edit your resilience plan. Enter keeps a part as it is; - clears it.", .dim))
        screen.blank()
        let signNames = CheckInItem.allCases.map(\.rawValue).joined(separator: ", ")
        screen.line(Styled("Warning signs to watch for in yourself (\(signNames)), separated by commas.", .bold))
        guard let signs = choose(current: plan.signs, named: CheckInItem.init(rawValue:), all: signNames) else { return nil }
        plan.signs = signs
        let toolNames = RecoveryTool.allCases.map(\.rawValue).joined(separator: ", ")
        screen.line(Styled("Recovery tools you want offered first (\(toolNames)), separated by commas.", .bold))
        guard let tools = choose(current: plan.tools, named: RecoveryTool.init(rawValue:), all: toolNames) else { return nil }
        plan.tools = tools
        screen.line(Styled("A note to self: one person to talk to, one thing that helps.", .bold))
        guard let note = line(current: plan.note.isEmpty ? "none" : screen.glyphs.quoted(plan.note)) else { return nil }
        if note == "-" { plan.note = "" } else if !note.isEmpty { plan.note = note }
        return ResiliencePlan(tools: plan.tools, signs: plan.signs, note: plan.note)
    }

    /// Reads a comma-separated list of names until every name is known; nil when input ended.
    func choose<T: RawRepresentable>(current: [T], named: (String) -> T?, all: String) -> [T]? where T.RawValue == String {
        while true {
            guard let answer = line(current: current.isEmpty ? "none" : current.map(\.rawValue).joined(separator: ", ")) else { return nil }
            if answer.isEmpty { return current }
            if answer == "-" { return [] }
            let words = answer.split(separator: ",").map { String($0).trimmed.lowercased() }.filter { !$0.isEmpty }
            let unknown = words.filter { named($0) == nil }
            if unknown.isEmpty { return words.compactMap(named) }
            screen.line(Styled("Not known: \(unknown.joined(separator: ", ")). Choose from: \(all).", .warn), indent: 2)
        }
    }

    /// One answer (trimmed), showing the current value; nil when input ended.
    func line(current: String) -> String? {
        let prompt = "  (now: \(current)) > "
        switch reader.read(prompt: prompt) {
        case .end: return nil
        case .cancelled, .overlong: return ""
        case .line(let text):
            if !reader.isInteractive { screen.line(Styled(prompt, .accent) + Styled(text)) }
            return text.trimmed
        }
    }
}
