/// A paced-breathing exercise in the terminal: a few cycles of breathing in for ``inhale`` seconds and out for
/// ``exhale``. On a terminal the phase and a dot per second are redrawn in place on one line; otherwise each phase
/// is a plain line. The trainee can stop at any time (see ``Pacer``).
struct BreathingTimer {
    /// Seconds to breathe in.
    var inhale = 4
    /// Seconds to breathe out.
    var exhale = 6
    /// How many cycles.
    var cycles = 3
    /// Redraw one line in place (a terminal) rather than print a line per phase.
    var inPlace: Bool

    /// The whole exercise in seconds.
    var totalSeconds: Int { (inhale + exhale) * cycles }

    /// Runs the exercise on `screen`, waiting through `pacer`. Returns true when it ran to the end, false when the
    /// trainee stopped it.
    func run(screen: Screen, pacer: any Pacer) -> Bool {
        let glyphs = screen.glyphs
        for cycle in 1...cycles {
            for (phase, seconds) in [("Breathe in", inhale), ("Breathe out", exhale)] {
                let label = "\(phase) \(glyphs.dash) cycle \(cycle) of \(cycles)"
                if !inPlace { screen.line(Styled("\(label), \(seconds) seconds", .accent), indent: 2) }
                for second in 0..<seconds {
                    if inPlace {
                        let dots = String(repeating: glyphs.filled, count: second + 1) + String(repeating: glyphs.empty, count: seconds - second - 1)
                        screen.replaceLine(Styled("  " + label + "  ", .accent) + Styled(dots))
                    }
                    if pacer.wait(seconds: 1) {
                        if inPlace { screen.replaceLine(Styled()) }
                        screen.line(Styled("Stopped. That's fine \(glyphs.dash) even one slow breath helps.", .dim), indent: 2)
                        return false
                    }
                }
            }
        }
        if inPlace { screen.replaceLine(Styled()) }
        screen.line(Styled("Done: \(cycles) slow breaths.", .dim), indent: 2)
        return true
    }
}
