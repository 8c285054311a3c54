import RapportCore

/// The resilience plan as styled lines for the terminal (the Markdown form is ``ResiliencePlan/markdown()``).
struct PlanRenderer {
    let glyphs: Glyphs

    /// Warning signs, tools and note, one line each; "none yet" for the empty parts.
    func render(_ plan: ResiliencePlan) -> [Styled] {
        let signs = plan.signs.isEmpty ? "none chosen yet" : plan.signs.map(\.label).joined(separator: ", ")
        let tools = plan.tools.isEmpty ? "none chosen yet" : plan.tools.map(\.rawValue).joined(separator: ", ")
        let note = plan.note.trimmed.isEmpty ? "none written yet" : glyphs.quoted(plan.note.trimmed)
        return [
            Styled("Warning signs to watch: ", .dim) + Styled(signs),
            Styled("Recovery tools: ", .dim) + Styled(tools),
            Styled("Note to self: ", .dim) + Styled(note),
        ]
    }
}
