/// Where the REPL's text goes: the terminal, or a buffer in tests.
protocol ScreenOutput: AnyObject {
    /// Writes `text` as is (it already carries any colour codes and newlines).
    func write(_ text: String)
}

/// Standard output, unbuffered (see ``Terminal``): nothing shown is lost if the process dies.
final class StandardScreenOutput: ScreenOutput {
    func write(_ text: String) { Terminal.write(text) }
}

/// Keeps everything written, for tests.
final class CapturedOutput: ScreenOutput {
    /// Everything written so far.
    private(set) var text = ""

    func write(_ text: String) { self.text += text }
}
