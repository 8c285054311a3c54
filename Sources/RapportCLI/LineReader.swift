/// A source of input lines: the terminal, a pipe, or a script in tests.
protocol LineReader: AnyObject {
    /// Shows `prompt` (if interactive) and returns the next line without its newline, or nil at end of input.
    func readLine(prompt: String) -> String?
    /// True when a person is typing (prompts are shown, input is not echoed back).
    var isInteractive: Bool { get }
}

/// Reads standard input line by line; invalid UTF-8 is repaired rather than fatal.
final class StandardInputReader: LineReader {
    let isInteractive = Terminal.stdinIsTerminal

    func readLine(prompt: String) -> String? {
        if isInteractive { Terminal.write(prompt) }
        return Swift.readLine(strippingNewline: true)
    }
}

/// Lines given in advance, for tests.
final class ScriptedLineReader: LineReader {
    private var lines: [String]
    let isInteractive = false

    init(_ lines: [String]) { self.lines = lines }

    func readLine(prompt: String) -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }
}
