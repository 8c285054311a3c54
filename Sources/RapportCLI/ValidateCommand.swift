import ArgumentParser
import Foundation
import LuaBridge
import RapportCore
import RapportEngine

/// `rapport validate`: checks scenario packs for CI, statically and by playing them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario packs: static checks, golden tests, probe exploration and random playthroughs.",
        discussion: """
            Each PATH is a pack folder (its *.lua scenarios and its pack.lua manifest) or a scenario file.
            Exit status: 0 clean, 1 errors found (or warnings, with --strict), 2 usage or I/O problems.
            Every diagnostic code has a page in docs/diagnostics/.
            """
    )

    @Argument(help: "Pack folders or scenario files (default: Scenarios).")
    var paths: [String] = []

    @Option(help: "Output format: text, json, junit, github or sarif.")
    var format: ValidateFormat = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(name: .customLong("no-explore"), help: "Skip probe exploration.")
    var noExplore = false

    @Option(help: "Random playthroughs per scenario (0 skips them).")
    var random: Int = 200

    @Option(name: .customLong("max-states"), help: "The most distinct states probe exploration expands per scenario.")
    var maxStates: Int = 256

    @Option(help: "Scenarios validated at once (default: one per core).")
    var jobs: Int = 0

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("docs-url"), help: "Base URL of the diagnostic pages (RPxxxx.md is appended).")
    var docsURL: String = DiagnosticLinks.defaultBase

    @OptionGroup var pluginOptions: PluginOptions

    init() {}

    // ValidationError, as in the other commands: ArgumentParser wraps anything else thrown here, and the
    // presenter then took a plain usage mistake for an internal error (exit 3).
    func validate() throws {
        guard random >= 0 else { throw ValidationError("--random must be 0 or more.") }
        guard maxStates >= 1 else { throw ValidationError("--max-states must be at least 1.") }
        guard jobs >= 0 else { throw ValidationError("--jobs must be 0 (one per core) or more.") }
    }

    func run() throws {
        let requested = paths.isEmpty ? ["Scenarios"] : paths
        let (targets, pluginTargets) = PluginTargets.split(requested)
        let files: (scenarios: [String], manifests: [String])
        do {
            files = targets.isEmpty ? ([], []) : try PackValidator.files(in: targets)
        } catch {
            switch error {
            case .unreadable(let path, let reason): throw CLIError.io(path: path, reason: reason)
            }
        }
        // A CI job pointed at an empty or wrong folder must not pass with "ok: 0 scenarios".
        if files.scenarios.isEmpty && pluginTargets.isEmpty {
            throw CLIError.usage("nothing to validate: no scenario files (*.lua) in \(targets.joined(separator: ", "))")
        }
        let options = ValidationOptions(explore: !noExplore, randomGames: random, stateBound: maxStates, parallelism: jobs)
        let (analyzer, _) = try pluginOptions.analyzer()
        let pack = PackValidator(validator: ScenarioValidator(options: options, analyzer: analyzer))
        let showProgress = format == .text && output == nil && Terminal.stderrIsTerminal && !Terminal.isDumb
        var progress: (@Sendable (Int, Int, String) -> Void)?
        if showProgress {
            progress = { @Sendable (done: Int, total: Int, path: String) -> Void in
                Terminal.showProgress("validating [\(done)/\(total)] \(path)")
            }
        }
        var report = pack.validate(scenarios: files.scenarios, manifests: files.manifests, progress: progress)
        report.packDiagnostics += PluginTargets.check(pluginTargets)
        if showProgress { Terminal.showProgress("") }
        let links = DiagnosticLinks(base: docsURL)
        let text: String
        switch format {
        case .text: text = ValidateTextFormatter(links: links, strict: strict).render(report)
        case .json: text = try ValidateJSONFormatter(links: links, strict: strict).render(report)
        case .junit: text = ValidateJUnitFormatter(strict: strict).render(report)
        case .github: text = ValidateGitHubFormatter().render(report)
        case .sarif: text = try ValidateSARIFFormatter(links: links).render(report)
        }
        try Terminal.deliver(text, to: output, what: "the report")
        if !report.isClean(strict: strict) { throw CLIError.content("") }
    }
}

/// The report formats of `rapport validate`.
enum ValidateFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, junit, github, sarif
}

/// Where each diagnostic code's page lives.
struct DiagnosticLinks {
    /// The default base: the pages in the repository's `docs/diagnostics/` folder, relative to the pack's repository.
    /// Give `--docs-url` an absolute URL where the pages are published to get links in SARIF too.
    static let defaultBase = "docs/diagnostics/"
    var base: String

    /// The page of `code`.
    func url(_ code: String) -> String {
        (base.hasSuffix("/") ? base : base + "/") + code + ".md"
    }

    /// The page of `code` as an absolute URI, or nil when the base is a relative path (SARIF wants absolute URIs).
    func absoluteURL(_ code: String) -> String? {
        base.contains("://") ? url(code) : nil
    }
}
