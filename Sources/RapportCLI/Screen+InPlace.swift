extension Screen {
    /// Replaces the current line with `text` (sanitized, not wrapped, no newline): for timers on a terminal.
    /// An empty text clears the line.
    func replaceLine(_ text: Styled) {
        output.write("\r\u{1B}[2K" + text.runs.map { paint(clean($0.text), $0.style) }.joined())
    }
}
