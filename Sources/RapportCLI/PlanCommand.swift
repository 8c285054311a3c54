import ArgumentParser
import Foundation
import RapportCore
import RapportProgress

/// `rapport plan`: shows, edits and exports the trainee's resilience plan (stored in the progress database).
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show, edit or export your personal resilience plan.",
        discussion: """
            Your plan holds the warning signs you watch for in yourself, the recovery tools you want offered first in \
            a shift, and a note to self. It is shown at the start of every shift, and a shift offers to add what \
            helped. 'rapport plan edit' asks for each part; the flags change one part from a script.
            """
    )

    /// What to do with the plan.
    enum Action: String, ExpressibleByArgument, CaseIterable {
        case show, edit
    }

    @Argument(help: "show (the default) or edit (asks for each part).")
    var action: Action = .show

    @Option(name: .customLong("add-sign"), help: "Add a warning sign to watch: \(CheckInItem.allCases.map(\.rawValue).joined(separator: ", ")).")
    var addSigns: [CheckInItem] = []

    @Option(name: .customLong("remove-sign"), help: "Remove a warning sign.")
    var removeSigns: [CheckInItem] = []

    @Option(name: .customLong("tool"), help: "Add a recovery tool: \(RecoveryTool.allCases.map(\.rawValue).joined(separator: ", ")).")
    var addTools: [RecoveryTool] = []

    @Option(name: .customLong("remove-tool"), help: "Remove a recovery tool.")
    var removeTools: [RecoveryTool] = []

    @Option(name: .long, help: "Set the note to self (an empty string clears it).")
    var note: String?

    @Option(name: .long, help: "Export the plan: markdown.")
    var export: ExportFormat?

    @Option(name: .long, help: "The file to write the export to (default: standard output).")
    var output: String?

    /// Export formats of the plan.
    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case markdown
    }

    var changes: Bool { !addSigns.isEmpty || !removeSigns.isEmpty || !addTools.isEmpty || !removeTools.isEmpty || note != nil }

    func validate() throws {
        if output != nil && export == nil { throw ValidationError("--output needs --export markdown.") }
        if action == .edit && (changes || export != nil) { throw ValidationError("'plan edit' asks for each part; use the flags without 'edit'.") }
    }

    func run() throws {
        let store = try ProgressStore(path: DataDirectory.progress)
        var plan = try store.plan()
        let screen = Screen(output: StandardScreenOutput(), profile: TerminalProfile.detect())
        if action == .edit {
            guard let edited = PlanEditor(reader: PlayCommand.makeReader(), screen: screen).edit(plan) else {
                screen.line(Styled("Input ended; your plan was not changed.", .dim))
                return
            }
            plan = edited
            try store.save(plan)
            screen.blank()
            screen.line(Styled("Saved.", .good))
        } else if changes {
            plan = apply(to: plan)
            try store.save(plan)
        }
        if let export {
            switch export {
            case .markdown:
                if try Terminal.deliver(plan.markdown(), to: output, what: "the plan"), let output {
                    Terminal.error("Wrote your resilience plan to \(output).")
                }
                return
            }
        }
        screen.line(Styled("Your resilience plan", .bold))
        screen.lines(PlanRenderer(glyphs: screen.glyphs).render(plan), indent: 2)
        if plan.isEmpty {
            screen.blank()
            screen.line(Styled("Build it with 'rapport plan edit', or for example 'rapport plan --add-sign irritability --tool breathing --note \"Ring a friend after a hard call\"'. A shift also offers to add the tools that helped.", .dim))
        }
    }

    /// The plan with the flags' changes: removals first, then additions, then the note.
    func apply(to plan: ResiliencePlan) -> ResiliencePlan {
        var plan = plan
        plan.signs.removeAll(where: removeSigns.contains)
        plan.tools.removeAll(where: removeTools.contains)
        for sign in addSigns { plan.add(sign) }
        for tool in addTools { plan.add(tool) }
        if let note { plan.note = note.trimmed }
        return plan
    }
}
