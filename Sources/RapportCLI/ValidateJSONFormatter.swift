import Foundation
import RapportCore
import RapportEngine

/// `--format json`: the whole report as one JSON document; each diagnostic carries a `help` link to its page.
struct ValidateJSONFormatter {
    struct Item: Encodable {
        var code: String
        var severity: String
        var file: String?
        var line: Int?
        var column: Int?
        var message: String
        var help: String
    }

    struct File: Encodable {
        var path: String
        var scenario: String?
        var diagnostics: [Item]
        var tests: [TestCaseResult]
        var exploration: Coverage?
        var random: Coverage?
        var seconds: Double
    }

    struct Summary: Encodable {
        var scenarios: Int
        var errors: Int
        var warnings: Int
        var infos: Int
        var testsPassed: Int
        var testsFailed: Int
        var simulatedTurns: Int
        var playedTurns: Int
        var seconds: Double
        var clean: Bool
    }

    struct Document: Encodable {
        var version = 1
        var summary: Summary
        var pack: [Item]
        var files: [File]
    }

    let links: DiagnosticLinks
    let strict: Bool

    func item(_ d: Diagnostic) -> Item {
        Item(code: d.code, severity: d.severity.rawValue, file: d.file, line: d.line, column: d.column, message: d.message, help: links.url(d.code))
    }

    func render(_ report: PackReport) throws -> String {
        let tests = report.allTests
        let summary = Summary(scenarios: report.scenarios.count, errors: report.count(.error), warnings: report.count(.warning), infos: report.count(.info),
                              testsPassed: tests.filter(\.passed).count, testsFailed: tests.filter { !$0.passed }.count,
                              simulatedTurns: report.scenarios.map(\.simulatedTurns).reduce(0, +),
                              playedTurns: report.scenarios.map(\.playedTurns).reduce(0, +), seconds: report.seconds, clean: report.isClean(strict: strict))
        let files = report.scenarios.map {
            File(path: $0.path, scenario: $0.scenarioID, diagnostics: $0.diagnostics.map(item), tests: $0.tests,
                 exploration: $0.exploration, random: $0.random, seconds: $0.seconds)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(summary: summary, pack: report.packDiagnostics.map(item), files: files))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
