/// Breaks styled text into lines no wider than a width, at spaces, counting columns as a terminal does
/// (wide and emoji characters take two, combining marks none). Newlines in the text are kept as breaks;
/// a word longer than a whole line is cut.
struct TextWrapper {
    /// Columns available for text on each line (the caller adds any indent).
    let width: Int?
    /// Extra indent of the lines a paragraph wraps onto; nil aligns them after the paragraph's leading spaces
    /// and a one-character marker (`· `, `✓ `, `▸ `).
    var hang: Int? = nil

    /// The lines of `text`, each a list of runs; continuation lines start with the hanging indent's spaces.
    func wrap(_ text: Styled) -> [[Styled.Run]] {
        var lines: [[Styled.Run]] = []
        for paragraph in paragraphs(text) {
            let indent = hang ?? autoHang(paragraph)
            let wrapped = TextWrapper(width: width, hang: 0).wrapLines(paragraph, continuationWidth: width.map { max(8, $0 - indent) })
            for (k, line) in wrapped.enumerated() {
                lines.append(k == 0 || indent == 0 ? line : [Styled.Run(text: String(repeating: " ", count: indent), style: .plain)] + line)
            }
        }
        return lines
    }

    /// `text` split at newlines.
    func paragraphs(_ text: Styled) -> [Styled] {
        var out: [Styled] = [Styled()]
        for run in text.runs {
            for (k, piece) in run.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if k > 0 { out.append(Styled()) }
                if !piece.isEmpty { out[out.count - 1] += Styled(String(piece), run.style) }
            }
        }
        return out
    }

    /// Leading spaces, plus a one-character marker and its space.
    func autoHang(_ paragraph: Styled) -> Int {
        let plain = Array(paragraph.plain)
        var k = 0
        while k < plain.count, plain[k] == " " { k += 1 }
        if k + 1 < plain.count, plain[k + 1] == " ", !plain[k].isLetter, !plain[k].isNumber { return k + 2 }
        // A short lowercase label such as "tip: " or "hint: ".
        var end = k
        while end < plain.count, end - k < 8, plain[end].isLowercase { end += 1 }
        if end > k, end + 1 < plain.count, plain[end] == ":", plain[end + 1] == " " { return end + 2 }
        return k
    }

    /// Wraps one paragraph: the first line to `width`, the others to `continuationWidth`.
    func wrapLines(_ text: Styled, continuationWidth: Int?) -> [[Styled.Run]] {
        var width = self.width
        var lines: [[Styled.Run]] = []
        var line: [Styled.Run] = []
        var column = 0
        var pendingSpace: [Styled.Run] = []
        var word: [Styled.Run] = []
        var wordWidth = 0
        var paragraphStart = true  // leading spaces of a paragraph are kept (indents); those at a wrap are not

        func append(_ runs: [Styled.Run], to target: inout [Styled.Run]) {
            for run in runs {
                // Compare the style in place: a copy of the last run would share its text's storage, and each
                // `+=` would then copy the whole text (quadratic in a long word, such as a pasted 1 MB reply).
                if !target.isEmpty, target[target.count - 1].style == run.style {
                    target[target.count - 1].text += run.text
                } else {
                    target.append(run)
                }
            }
        }
        func breakLine() {
            paragraphStart = false
            width = continuationWidth
            lines.append(line)
            line = []
            column = 0
            pendingSpace = []
        }
        func flushWord() {
            guard !word.isEmpty else { return }
            let spaceWidth = pendingSpace.reduce(0) { $0 + $1.text.count }
            if let width, !line.isEmpty, column + spaceWidth + wordWidth > width { breakLine() }
            if !line.isEmpty || paragraphStart { append(pendingSpace, to: &line); column += spaceWidth }
            pendingSpace = []
            if let width, wordWidth > width - column {
                // Too long for any line: cut it.
                for run in word {
                    for character in run.text {
                        let w = DisplayWidth.of(character)
                        if column + w > width && column > 0 { breakLine() }
                        append([Styled.Run(text: String(character), style: run.style)], to: &line)
                        column += w
                    }
                }
            } else {
                append(word, to: &line)
                column += wordWidth
            }
            word = []
            wordWidth = 0
        }

        for run in text.runs {
            for character in run.text {
                if character == "\n" || character == "\r\n" {
                    flushWord()
                    breakLine()
                    paragraphStart = true
                } else if character == " " || character == "\t" {
                    flushWord()
                    append([Styled.Run(text: " ", style: run.style)], to: &pendingSpace)
                } else {
                    append([Styled.Run(text: String(character), style: run.style)], to: &word)
                    wordWidth += DisplayWidth.of(character)
                }
            }
        }
        flushWord()
        lines.append(line)
        return lines
    }
}

/// Terminal column widths of characters.
enum DisplayWidth {
    /// Columns `character` takes: 2 for East Asian wide and emoji, 0 for controls and lone marks, else 1.
    static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation || $0.value == 0xFE0F }) { return 2 }
        switch first.value {
        case 0..<0x20, 0x7F..<0xA0: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            switch first.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return 0
            default: return 1
            }
        }
    }

    /// Columns `text` takes on one line.
    static func of(_ text: String) -> Int { text.reduce(0) { $0 + of($1) } }
}
