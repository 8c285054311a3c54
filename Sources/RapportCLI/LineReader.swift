/// What reading one line gave.
enum LineEvent: Equatable {
    /// A line, without its newline.
    case line(String)
    /// The trainee cancelled the line (Ctrl-C); nothing was entered.
    case cancelled
    /// End of input (Ctrl-D on an empty line, or the end of a pipe).
    case end
    /// A line far longer than any reply may be (a huge paste); its text was read and dropped without being
    /// edited, so the trainee is not kept waiting. `characters` counts what was read.
    case overlong(characters: Int)
}

/// A source of input lines: the terminal (with line editing), a pipe, or a script in tests.
protocol LineReader: AnyObject {
    /// Shows `prompt` (plain text, if interactive) and reads the next line.
    func read(prompt: String) -> LineEvent
    /// True when a person is typing (prompts are shown, input is not echoed back).
    var isInteractive: Bool { get }
    /// Words that Tab completes at the start of a line (commands, scenario ids).
    var completions: [String] { get set }
    /// Records a line in the history (kept across sessions where the reader has a history file).
    func remember(_ line: String)
}

/// Reads standard input line by line, without editing; invalid UTF-8 is repaired rather than fatal.
///
/// Interactive only when both standard input and output are terminals: with output going to a file or a pipe
/// (`rapport play … | tee call.txt`), what is typed on the terminal never reaches that output, so the caller
/// echoes each line after its prompt instead of showing the prompt first.
final class StandardInputReader: LineReader {
    let isInteractive = Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal
    var completions: [String] = []

    func read(prompt: String) -> LineEvent {
        if isInteractive { Terminal.write(prompt) }
        return Swift.readLine(strippingNewline: true).map(LineEvent.line) ?? .end
    }

    func remember(_ line: String) {}
}

/// Input given in advance, for tests: lines, and cancellations where a trainee would press Ctrl-C.
final class ScriptedLineReader: LineReader {
    private var events: [LineEvent]
    let isInteractive = false
    var completions: [String] = []
    /// The prompts shown, in order.
    private(set) var prompts: [String] = []
    /// The lines recorded with `remember`.
    private(set) var history: [String] = []

    /// Lines in order; then end of input.
    convenience init(_ lines: [String]) { self.init(events: lines.map(LineEvent.line)) }

    /// Events in order; then end of input.
    init(events: [LineEvent]) { self.events = events }

    func read(prompt: String) -> LineEvent {
        prompts.append(prompt)
        return events.isEmpty ? .end : events.removeFirst()
    }

    func remember(_ line: String) { history.append(line) }
}
