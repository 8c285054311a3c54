import RapportCore

/// The analyses of a scenario's probe replies, kept per customer line and probe index, for the validator: one
/// explored state's probes all follow the same line, so a turn finds its analysis by comparing the line with the
/// last one (the same string, most often) and indexing an array, instead of hashing the reply and the line.
///
/// An analysis is what `analyzer` says of the reply after the line, so it is the same whichever way it is found;
/// the reply is checked too, so an index used with another reply is analysed afresh. Not thread-safe, like the
/// harness that owns it.
final class ProbeAnalyses {
    /// The analyses after one line, by probe index.
    final class Row {
        var entries: [(reply: String, analysis: ReplyAnalysis)?] = []
    }

    let analyzer: any ReplyAnalyzing
    let customerName: String
    private var rows: [String: Row] = [:]
    private var lastLine: String?
    private var lastRow = Row()

    /// Analyses with `analyzer`, in the context of a customer called `customerName`.
    init(analyzer: any ReplyAnalyzing, customerName: String) {
        self.analyzer = analyzer
        self.customerName = customerName
    }

    /// What the analyzer says of `reply`, probe number `probe`, after the customer's `line`.
    func analysis(of reply: String, probe: Int, after line: String) -> ReplyAnalysis {
        let row: Row
        if let lastLine, lastLine == line {
            row = lastRow
        } else {
            if let known = rows[line] {
                row = known
            } else {
                row = Row()
                rows[line] = row
            }
            lastLine = line
            lastRow = row
        }
        if probe < row.entries.count, let entry = row.entries[probe], entry.reply == reply { return entry.analysis }
        let analysis = analyzer.analyze(reply, context: AnalysisContext(customerText: line, customerName: customerName))
        if probe >= row.entries.count { row.entries += Array(repeating: nil, count: probe + 1 - row.entries.count) }
        row.entries[probe] = (reply, analysis)
        return analysis
    }
}
