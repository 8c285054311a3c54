/// A reader made on first use, so that setting up libedit (terminal database, `~/.editrc`, history file) happens
/// after the customer's first line is on screen, while the trainee reads it.
final class DeferredLineReader: LineReader {
    let isInteractive: Bool
    var completions: [String] = [] {
        didSet { made?.completions = completions }
    }
    private let make: () -> any LineReader
    private var made: (any LineReader)?

    /// A reader that `make` will create when it is first needed; `isInteractive` must match what it makes.
    init(isInteractive: Bool, make: @escaping () -> any LineReader) {
        self.isInteractive = isInteractive
        self.make = make
    }

    /// The underlying reader, made now if it was not yet.
    var reader: any LineReader {
        if let made { return made }
        let reader = make()
        reader.completions = completions
        made = reader
        return reader
    }

    func read(prompt: String) -> LineEvent { reader.read(prompt: prompt) }

    func remember(_ line: String) { reader.remember(line) }
}
