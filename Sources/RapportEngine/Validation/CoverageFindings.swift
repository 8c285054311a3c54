import RapportCore

/// Turns what exploration and random play covered into diagnostics: endings never reached, goals never met,
/// story parts never revealed. Things a static check already reported as impossible are not repeated.
struct CoverageFindings {
    let definition: ScenarioDefinition
    let checks: StaticChecks
    let found: [Diagnostic]

    /// The diagnostics for what none of `coverages` (golden tests, exploration, random play) reached.
    func diagnostics(_ coverages: [Coverage]) -> [Diagnostic] {
        let path = checks.path
        let index = checks.index
        func total(_ keyPath: KeyPath<Coverage, [String: Int]>, _ key: String) -> Int {
            coverages.reduce(0) { $0 + ($1[keyPath: keyPath][key] ?? 0) }
        }
        let reported = Set(found.filter { [DiagnosticCode.unreachableGoal.rawValue, DiagnosticCode.unrevealableStory.rawValue].contains($0.code) }
            .compactMap(\.line))
        var result: [Diagnostic] = []
        let named = Set(checks.scan.calls.filter { $0.function == "end_call" }.map(\.argument))
        for outcome in Outcome.allCases where total(\.endings, outcome.rawValue) == 0 {
            let severity: Severity
            switch outcome {
            case .resolved: severity = .warning
            case .escalated: severity = named.contains("escalated") ? .warning : .info
            case .abandoned: severity = named.contains("abandoned") ? .warning : .info
            case .unresolved: continue
            }
            guard !(severity == .info && outcome == .escalated) else { continue }  // most scenarios never escalate
            result.append(Diagnostic(code: DiagnosticCode.endingNeverReached.rawValue, severity: severity, file: path,
                                     line: index.line(ofKey: outcome.rawValue) ?? index.line(ofKey: "goals"),
                                     message: "the '\(outcome.rawValue)' ending was never reached by any golden test, probe or random playthrough"))
        }
        for goal in definition.goals where total(\.goals, goal.id) == 0 {
            let line = index.line(ofKey: "id", value: "\"\(goal.id)\"")
            if let line, reported.contains(line) { continue }
            result.append(Diagnostic(code: DiagnosticCode.goalNeverMet.rawValue, severity: .warning, file: path, line: line,
                                     message: "goal '\(goal.id)' was never met by any golden test, probe or random playthrough"))
        }
        for part in definition.persona.story where total(\.reveals, part.id) == 0 {
            let line = index.line(ofKey: "id", value: "\"\(part.id)\"") ?? index.line(ofKey: part.id)
            if let line, reported.contains(line) { continue }
            result.append(Diagnostic(code: DiagnosticCode.revealNeverUnlocked.rawValue, severity: .warning, file: path, line: line,
                                     message: "story part '\(part.id)' never came out in any golden test, probe or random playthrough"))
        }
        return result
    }
}
