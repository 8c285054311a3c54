extension ScriptError {
    /// Splits a Lua error message `chunk:line: message` into its location and message.
    ///
    /// `knownChunks` maps the chunk ids Lua may have shortened (it keeps 60 bytes) back to full file names.
    static func split(_ text: String, knownChunks: [String: String] = [:]) -> (SourceLocation?, String) {
        // The location prefix ends at the first ": " preceded by ":<digits>".
        var search = text.startIndex
        while let colonSpace = text[search...].firstRange(of: ": ") {
            let head = text[..<colonSpace.lowerBound]
            if let lastColon = head.lastIndex(of: ":") {
                let digits = head[head.index(after: lastColon)...]
                if !digits.isEmpty, digits.allSatisfy(\.isASCII), let line = Int(digits) {
                    let chunk = String(head[..<lastColon])
                    if !chunk.isEmpty, !chunk.contains("\n") {
                        let file = knownChunks[chunk] ?? chunk
                        return (SourceLocation(file: file, line: line), String(text[colonSpace.upperBound...]))
                    }
                }
            }
            search = colonSpace.upperBound
            if text.distance(from: text.startIndex, to: search) > 300 { break }
        }
        return (nil, text)
    }

    /// Splits the output of the message handler into the message and the traceback.
    static func splitTraceback(_ text: String) -> (message: String, traceback: String) {
        if let range = text.firstRange(of: "\nstack traceback:") {
            return (String(text[..<range.lowerBound]), String(text[text.index(after: range.lowerBound)...]))
        }
        return (text, "")
    }
}
