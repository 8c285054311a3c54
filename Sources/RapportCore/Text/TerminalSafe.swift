/// Makes text from scenarios and plugins safe to print: no escape sequences, no control characters.
public enum TerminalSafe {
    /// Removes ANSI/VT escape sequences (CSI, OSC, DCS, …) and every C0/C1 control character except newline and
    /// tab, which are kept; carriage returns and other controls become nothing.
    public static func sanitize(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        while let scalar = next() {
            switch scalar.value {
            case 0x1B:  // ESC: drop the whole sequence
                guard let kind = scalars.next() else { break }
                switch kind {
                case "[":  // CSI: parameters, then one final byte 0x40–0x7E
                    while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
                case "]", "P", "X", "^", "_":  // OSC, DCS, SOS, PM, APC: until BEL or ST (ESC \)
                    while let c = scalars.next() {
                        if c.value == 0x07 { break }
                        if c.value == 0x1B { _ = scalars.next(); break }
                    }
                default:
                    break  // two-character escape: dropped with ESC
                }
            case 0x9B, 0x9D, 0x90:  // C1 CSI, OSC, DCS
                while let c = scalars.next() {
                    if c.value == 0x07 || c.value == 0x9C || (scalar.value == 0x9B && (0x40...0x7E).contains(c.value)) { break }
                }
            case 0x0A, 0x09:
                output.append(scalar)
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }
}
