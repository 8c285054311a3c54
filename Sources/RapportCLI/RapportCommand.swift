import ArgumentParser

/// The `rapport` command: empathy training for customer service by role-play.
public struct RapportCommand: ParsableCommand {
    /// The version `rapport --version` prints.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "Practise empathy with difficult customers, scripted in Lua.",
        discussion: """
            Exit status: 0 success, 1 content problems (a broken scenario, a failed check), \
            2 usage or I/O problems, 3 internal errors.
            """,
        version: version,
        subcommands: [PlayCommand.self, ShiftCommand.self, ProgressCommand.self, PlanCommand.self, ListCommand.self, AnalyzeCommand.self, ValidateCommand.self, PluginsCommand.self]
    )

    public init() {}
}
