import Foundation
import LuaBridge
import RapportCore

/// Runs the golden tests a scenario declares (`tests = { ... }`) and says, for each, whether every expectation held.
struct GoldenTests {
    let harness: ScenarioHarness
    let index: SourceIndex

    /// One result per declared test, in order, plus an RP0019 diagnostic for each failure, and what the tests covered.
    func run() -> (results: [TestCaseResult], diagnostics: [Diagnostic], coverage: Coverage) {
        var tally = harness.emptyTally()
        var results: [TestCaseResult] = []
        var diagnostics: [Diagnostic] = []
        let definition = harness.definition
        for test in definition.tests {
            let started = ContinuousClock.now
            let line = index.line(ofKey: "name", value: test.name)
            let failure = failures(of: test, tally: &tally).map { $0.joined(separator: "; ") }
            let elapsed = ContinuousClock.now - started
            results.append(TestCaseResult(name: test.name, scenario: definition.id, file: harness.path, line: line, failure: failure,
                                          seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18))
            if let failure {
                diagnostics.append(Diagnostic(code: DiagnosticCode.goldenTestFailed.rawValue, severity: .error, file: harness.path, line: line,
                                              message: "test '\(test.name)' failed: \(failure)"))
            }
        }
        return (results, diagnostics, tally.coverage)
    }

    /// The reasons `test` fails, or nil when it passes.
    func failures(of test: ScenarioTest, tally: inout CoverageTally) -> [String]? {
        let seed = test.seed ?? 1
        guard let session = harness.startSession(seed: seed, context: "test '\(test.name)'") else {
            return ["the call could not start: \(harness.fatal?.message ?? "a script error in setup or opening")"]
        }
        var reasons: [String] = []
        for (offset, reply) in test.replies.enumerated() {
            if session.isOver {
                reasons.append("the call ended (\(session.transcript.outcome?.rawValue ?? "?")) after reply \(offset), before all \(test.replies.count) replies were used")
                break
            }
            guard let result = harness.play(session, reply, context: "in test '\(test.name)', reply \(offset + 1)") else { break }
            harness.count(result, into: &tally)
            if let error = result.scriptError { reasons.append("reply \(offset + 1) raised a script error: \(error.description)") }
        }
        let outcome = session.transcript.outcome
        if let expected = test.expectedOutcome, outcome != expected {
            reasons.append("expected the call to end \(expected.rawValue), but it \(outcome.map { "ended \($0.rawValue)" } ?? "had not ended") after \(session.transcript.turns.count) replies")
        }
        let met = Set(session.state.met)
        let missingGoals = test.expectedGoals.filter { !met.contains($0) }
        if !missingGoals.isEmpty { reasons.append("expected goals not met: \(missingGoals.joined(separator: ", "))") }
        let revealed = Set(session.state.revealed)
        let missingReveals = test.expectedReveals.filter { !revealed.contains($0) }
        if !missingReveals.isEmpty { reasons.append("expected story parts that did not come out: \(missingReveals.joined(separator: ", "))") }
        if test.minimumEmpathy != nil || test.maximumEmpathy != nil {
            let empathy = SessionScorer().score(session.transcript, definition: session.definition).empathy
            if let low = test.minimumEmpathy, empathy < low { reasons.append("empathy \(empathy) is below the minimum \(low)") }
            if let high = test.maximumEmpathy, empathy > high { reasons.append("empathy \(empathy) is above the maximum \(high)") }
        }
        return reasons.isEmpty ? nil : reasons
    }
}
