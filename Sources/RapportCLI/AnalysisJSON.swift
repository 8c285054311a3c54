import RapportCore

/// The JSON Lines form of an analysis, as `rapport analyze --format jsonl` prints it.
enum AnalysisJSON {
    /// Appends one output line (with its newline) for `analysis` of the reply with `idJSON`.
    static func appendLine(idJSON: String?, analysis: ReplyAnalysis, to out: inout [UInt8]) {
        JSONText.append("{\"id\":", to: &out)
        out.append(contentsOf: (idJSON ?? "null").utf8)
        JSONText.append(",\"empathy\":", to: &out)
        JSONText.appendInt(analysis.empathy, to: &out)
        JSONText.append(",\"mechanisms\":{", to: &out)
        for (index, mechanism) in Mechanism.allCases.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.appendQuoted(mechanism.rawValue, to: &out)
            out.append(UInt8(ascii: ":"))
            out.append(UInt8(ascii: "0") + UInt8(clamping: analysis.level(mechanism)))
        }
        JSONText.append("},\"techniques\":[", to: &out)
        for (index, technique) in analysis.techniques.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.appendQuoted(technique.rawValue, to: &out)
        }
        JSONText.append("],\"evidence\":[", to: &out)
        for (index, evidence) in analysis.evidence.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.append("{\"technique\":", to: &out)
            JSONText.appendQuoted(evidence.technique.rawValue, to: &out)
            JSONText.append(",\"start\":", to: &out)
            JSONText.appendInt(evidence.start, to: &out)
            JSONText.append(",\"end\":", to: &out)
            JSONText.appendInt(evidence.end, to: &out)
            JSONText.append(",\"text\":", to: &out)
            JSONText.appendQuoted(evidence.text, to: &out)
            if let source = evidence.source {
                JSONText.append(",\"source\":", to: &out)
                JSONText.appendQuoted(source, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        JSONText.append("],\"breakdown\":[", to: &out)
        for (index, item) in analysis.breakdown.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.append("{\"reason\":", to: &out)
            JSONText.appendQuoted(item.reason, to: &out)
            JSONText.append(",\"points\":", to: &out)
            JSONText.appendNumber(item.points, to: &out)
            if let basis = item.basis {
                JSONText.append(",\"basis\":", to: &out)
                JSONText.appendQuoted(basis, to: &out)
            }
            if let source = item.source {
                JSONText.append(",\"source\":", to: &out)
                JSONText.appendQuoted(source, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        JSONText.append("]}\n", to: &out)
    }

    /// Appends an error line for an input line that could not be read.
    static func appendError(idJSON: String?, message: String, to out: inout [UInt8]) {
        JSONText.append("{\"id\":", to: &out)
        out.append(contentsOf: (idJSON ?? "null").utf8)
        JSONText.append(",\"error\":", to: &out)
        JSONText.appendQuoted(message, to: &out)
        JSONText.append("}\n", to: &out)
    }
}
