import RapportCore

/// Everything the REPL shows goes through here: text is sanitized (no control sequences from scenarios or
/// plugins reach the terminal), folded to ASCII on terminals that are not UTF-8, wrapped to the width, and
/// coloured only when the profile allows.
final class Screen {
    let output: any ScreenOutput
    var profile: TerminalProfile
    /// The symbols for this profile.
    var glyphs: Glyphs { Glyphs.for(profile) }

    init(output: any ScreenOutput, profile: TerminalProfile) {
        self.output = output
        self.profile = profile
    }

    /// Writes `text` as wrapped lines; every line starts with `indent` spaces, and lines it wraps onto `hang`
    /// more (nil: aligned after the text's own leading spaces and marker).
    func line(_ text: Styled, indent: Int = 0, hang: Int? = nil) {
        let width = profile.width.map { max(8, $0 - indent) }
        let cleaned = Styled(runs: text.runs.map { Styled.Run(text: clean($0.text), style: $0.style) })
        var out = ""
        for runs in TextWrapper(width: width, hang: hang).wrap(cleaned) {
            out += String(repeating: " ", count: indent)
            for run in runs { out += paint(run.text, run.style) }
            out += "\n"
        }
        output.write(out)
    }

    /// Writes several lines with the same indent.
    func lines(_ texts: [Styled], indent: Int = 0, hang: Int? = nil) {
        for text in texts { line(text, indent: indent, hang: hang) }
    }

    /// An empty line.
    func blank() { output.write("\n") }

    /// `text` with the style's colour codes around it, if colour is on.
    func paint(_ text: String, _ style: TextStyle) -> String {
        guard profile.color, style != .plain, !text.isEmpty else { return text }
        return style.ansi + text + TextStyle.reset
    }

    /// Sanitized, and folded to ASCII punctuation when the terminal is not UTF-8.
    func clean(_ text: String) -> String {
        let safe = TerminalSafe.sanitize(text)
        return profile.unicode ? safe : Self.asciiFold(safe)
    }

    /// Typographic punctuation as ASCII; other non-ASCII characters become `?`.
    static func asciiFold(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: out.unicodeScalars.append(scalar)
            case 0x2018, 0x2019, 0x201A, 0x2032: out += "'"
            case 0x201C, 0x201D, 0x201E, 0x2033: out += "\""
            case 0x2013, 0x2014, 0x2212: out += "-"
            case 0x2026: out += "..."
            case 0x00A0, 0x2002...0x200A: out += " "
            case 0x200B...0x200D, 0xFE0F: break
            default: out += "?"
            }
        }
        return out
    }
}
