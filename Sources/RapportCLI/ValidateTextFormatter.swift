import Foundation
import RapportCore
import RapportEngine

/// `--format text`: diagnostics grouped by file as `file:line:col: severity: [code] message`, golden test results,
/// coverage, and a summary line.
struct ValidateTextFormatter {
    let links: DiagnosticLinks
    let strict: Bool

    func render(_ report: PackReport) -> String {
        var out = ""
        if !report.packDiagnostics.isEmpty {
            for diagnostic in report.packDiagnostics { out += diagnostic.formatted + "\n" }
            out += "\n"
        }
        for scenario in report.scenarios {
            let name = scenario.scenarioID.map { "\(scenario.path) (\($0))" } ?? scenario.path
            out += "\(TerminalSafe.sanitize(name))\n"
            for diagnostic in scenario.diagnostics { out += "  " + diagnostic.formatted + "\n" }
            if !scenario.tests.isEmpty {
                let passed = scenario.tests.filter(\.passed).count
                out += "  golden tests: \(passed) of \(scenario.tests.count) passed\n"
            }
            if let coverage = scenario.exploration { out += "  probes: " + summary(coverage) + "\n" }
            if let coverage = scenario.random { out += "  random: " + summary(coverage) + "\n" }
            out += "\n"
        }
        let errors = report.count(.error), warnings = report.count(.warning), infos = report.count(.info)
        let tests = report.allTests
        let turns = report.scenarios.map(\.simulatedTurns).reduce(0, +)
        let played = report.scenarios.map(\.playedTurns).reduce(0, +)
        let verdict = report.isClean(strict: strict) ? "ok" : "FAILED"
        out += "\(verdict): \(report.scenarios.count) scenario\(report.scenarios.count == 1 ? "" : "s"), \(plural(errors, "error")), "
            + "\(plural(warnings, "warning")), \(plural(infos, "info")); golden tests \(tests.filter(\.passed).count)/\(tests.count) passed; "
            + "\(turnCount(covered: turns, played: played)) in \(String(format: "%.2f", report.seconds)) s\n"
        return out
    }

    /// "N turns covered (M played, the rest forked from saved states)" when exploration forked conversations;
    /// otherwise just the turns played (golden tests and the rubric check play turns that no coverage counts, so
    /// without exploration and random games "0 turns covered (388 played, …)" would read as nonsense).
    func turnCount(covered: Int, played: Int) -> String {
        guard covered > played else { return plural(played, "turn") + " played" }
        return "\(covered) turns covered (\(played) played, the rest forked from saved states)"
    }

    func summary(_ c: Coverage) -> String {
        let endings = c.endings.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let goals = c.goals.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let reveals = c.reveals.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "\(c.conversations) conversations, \(c.turns) turns; endings: \(endings.isEmpty ? "none" : endings); "
            + "goals met: \(goals.isEmpty ? "none" : goals); reveals: \(reveals.isEmpty ? "none" : reveals); "
            + "lines said: \(c.linesSaid)/\(c.lines.count)"
    }

    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
