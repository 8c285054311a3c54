import Foundation

extension ResiliencePlan {
    /// The plan as a Markdown document: a heading, the warning signs, the tools and the note, each section saying
    /// "none chosen yet" when empty. Plain text from the trainee is kept as typed, on its own lines.
    public func markdown() -> String {
        var lines = ["# My resilience plan", ""]
        lines.append("## Warning signs I watch for")
        lines.append("")
        lines += signs.isEmpty ? ["None chosen yet."] : signs.map { "- \($0.label.prefix(1).uppercased() + $0.label.dropFirst())" }
        lines += ["", "## Recovery tools I use", ""]
        lines += tools.isEmpty ? ["None chosen yet."] : tools.map { "- **\($0.rawValue)**: \($0.summary)" }
        lines += ["", "## Note to self", ""]
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        lines += trimmed.isEmpty ? ["None written yet."] : trimmed.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
        lines += ["", "_A self-reflection aid from Rapport's course on compassion fatigue, not a clinical instrument._", ""]
        return lines.joined(separator: "\n")
    }
}
