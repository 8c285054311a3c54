/// A horizontal bar chart of scores 0–100, one bar per row: Unicode eighth blocks for smooth bars, `#` when the
/// terminal is not UTF-8.
struct EmpathyChart {
    /// Cells a bar of 100 fills.
    var width = 25
    /// Unicode blocks (otherwise ASCII).
    var unicode: Bool

    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// The bar for `value` (clamped to 0–100), padded with spaces to ``width`` cells.
    func bar(_ value: Int) -> String {
        let clamped = min(100, max(0, value))
        let eighthsTotal = clamped * width * 8 / 100
        var text: String
        if unicode {
            text = String(repeating: "█", count: eighthsTotal / 8)
            if eighthsTotal % 8 > 0 { text.append(Self.eighths[eighthsTotal % 8 - 1]) }
        } else {
            text = String(repeating: "#", count: (eighthsTotal + 4) / 8)
        }
        return text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// One row per labelled value: `label bar value`, labels and values right-aligned.
    func rows(_ values: [(label: String, value: Int)]) -> [String] {
        let labelWidth = values.map(\.label.count).max() ?? 0
        func right(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        return values.map { "\(right($0.label, labelWidth)) \(bar($0.value)) \(right(String($0.value), 3))" }
    }
}
