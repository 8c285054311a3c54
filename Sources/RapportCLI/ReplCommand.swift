/// The REPL's `:commands`.
enum ReplCommand: String, CaseIterable {
    case help, hint, mood, goals, transcript, state, restart, reload, quit

    /// One line for `:help`.
    var summary: String {
        switch self {
        case .help: "this list"
        case .hint: "a nudge: what is missing right now (coach mode)"
        case .mood: "how the customer feels, and the mood so far"
        case .goals: "what this call needs, and what is done"
        case .transcript: "the conversation so far"
        case .state: "author view: persona, story, goals, script output"
        case .restart: "start the call over"
        case .reload: "re-read the scenario file and replay your replies (for authors)"
        case .quit: "end the call and see the debrief (or press Ctrl-D)"
        }
    }

    /// `:name`, as typed.
    var typed: String { ":" + rawValue }

    /// The command a whole name denotes: its own name, or `exit` and `bye` for `quit`. Nil for anything else.
    init?(typedName name: String) {
        if let exact = ReplCommand(rawValue: name) { self = exact; return }
        guard name == "exit" || name == "bye" else { return nil }
        self = .quit
    }

    /// Every command as typed, for Tab completion.
    static var completions: [String] { allCases.map(\.typed) }
}

/// One line typed at the REPL's prompt, classified.
enum ReplInput: Equatable {
    /// Nothing but whitespace.
    case empty
    /// A reply to the customer.
    case reply(String)
    /// A command (a unique prefix is enough: `:q`, `:tr`).
    case command(ReplCommand)
    /// `:word` that names no command, or more than one.
    case unknownCommand(String)
    /// A whole line like `/quit` or `/help`: a command typed with the slash of chat programs. It is not sent to
    /// the customer; the REPL says how commands are typed.
    case slashCommand(ReplCommand)

    /// Classifies `line`. A line whose first word is `:` and letters is a command; anything else (even `:)`)
    /// is a reply.
    static func parse(_ line: String) -> ReplInput {
        let trimmed = line.trimmed
        guard !trimmed.isEmpty else { return .empty }
        if trimmed.first == "/", let command = ReplCommand(typedName: String(trimmed.dropFirst()).lowercased()) {
            return .slashCommand(command)
        }
        guard trimmed.first == ":" else { return .reply(line) }
        let word = trimmed.dropFirst().prefix { !$0.isWhitespace }
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return .reply(line) }
        let name = word.lowercased()
        if let alias = ReplCommand(typedName: name) { return .command(alias) }
        if let exact = ReplCommand(rawValue: name) { return .command(exact) }
        let matches = ReplCommand.allCases.filter { $0.rawValue.hasPrefix(name) }
        return matches.count == 1 ? .command(matches[0]) : .unknownCommand(":" + word)
    }
}
