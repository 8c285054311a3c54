import Foundation
import RapportCore

/// The readable `rapport analyze` report: score, mechanisms, the reply with its evidence highlighted,
/// the evidence list and the score breakdown. Colour only when asked; echoed text never carries control characters.
enum AnalysisRenderer {
    private static let reset = "\u{1B}[0m", bold = "\u{1B}[1m", green = "\u{1B}[32m", red = "\u{1B}[31m", dim = "\u{1B}[2m"

    /// The report for `reply` and its analysis.
    static func render(reply: String, analysis: ReplyAnalysis, color: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { color ? code + text + reset : text }
        var out = ""
        out += paint("Empathy \(analysis.empathy)/100", bold) + "\n"
        let levels = ["none", "weak", "strong"]
        let mechanisms = Mechanism.allCases.map { m in
            "\(m.rawValue.replacingOccurrences(of: "_", with: " ")) \(levels[min(2, max(0, analysis.level(m)))])"
        }
        out += "Mechanisms: " + mechanisms.joined(separator: ", ") + "\n"
        let techniques = analysis.techniques.map { paint($0.rawValue, $0.isHarmful ? red : green) }
        out += "Techniques: " + (techniques.isEmpty ? "none found" : techniques.joined(separator: ", ")) + "\n\n"
        out += "Reply:\n  " + highlighted(reply, analysis.evidence, color: color).replacingOccurrences(of: "\n", with: "\n  ") + "\n\n"
        if !analysis.evidence.isEmpty {
            out += "Evidence:\n"
            for item in analysis.evidence {
                let name = item.technique.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)
                out += "  " + paint(name, item.technique.isHarmful ? red : green) + " \u{201C}\(sanitize(item.text, keepNewlines: false))\u{201D}"
                    + paint(" [\(item.start)–\(item.end)]", dim)
                    + (item.source.map { paint(" (plugin \(sanitize($0, keepNewlines: false)))", dim) } ?? "") + "\n"
            }
            out += "\n"
        }
        out += "Score:\n"
        for item in analysis.breakdown {
            let points = item.points >= 0 ? "+\(format(item.points))" : format(item.points)
            out += "  " + paint(points.padding(toLength: 5, withPad: " ", startingAt: 0), item.points < 0 ? red : green)
                + " " + sanitize(item.reason, keepNewlines: false)
                + (item.source.map { paint(" (plugin \(sanitize($0, keepNewlines: false)))", dim) } ?? "") + "\n"
        }
        // Say "clamped" only when it happened: a plain sum needs no footnote.
        let sum = analysis.breakdown.reduce(0.0) { $0 + $1.points }
        let clamped = sum < 0 || sum > 100
        out += "  = \(analysis.empathy)" + (clamped ? " (the sum, \(format(sum)), kept within 0–100)" : "") + "\n"
        return out
    }

    /// The reply with evidence spans bracketed in colour (bold + green/red); without colour, unchanged.
    static func highlighted(_ reply: String, _ evidence: [Evidence], color: Bool) -> String {
        let scalars = Array(reply.unicodeScalars)
        guard color else { return sanitize(reply, keepNewlines: true) }
        var harm = [Bool](repeating: false, count: scalars.count), help = harm
        for item in evidence {
            for k in max(0, item.start)..<min(scalars.count, item.end) {
                if item.technique.isHarmful { harm[k] = true } else { help[k] = true }
            }
        }
        var out = "", state = 0
        for (k, scalar) in scalars.enumerated() {
            let want = harm[k] ? 2 : help[k] ? 1 : 0
            if want != state {
                out += reset
                if want == 1 { out += bold + green } else if want == 2 { out += bold + red }
                state = want
            }
            out += sanitize(String(scalar), keepNewlines: true)
        }
        if state != 0 { out += reset }
        return out
    }

    /// `text` without terminal control characters (C0, DEL, C1, bidirectional overrides; newlines kept or
    /// turned into spaces).
    static func sanitize(_ text: String, keepNewlines: Bool) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x0A { out.append(keepNewlines ? scalar : " "); continue }
            if v == 0x09 { out.append(" "); continue }
            if v < 0x20 || (0x7F...0x9F).contains(v) { continue }
            // Bidirectional overrides can make echoed text display as something else.
            if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { continue }
            out.append(scalar)
        }
        return String(out)
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
