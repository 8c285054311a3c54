import Foundation
import LuaBridge
import RapportCore
@testable import RapportEngine

/// Validates `source` with the predictable ``MarkerAnalyzer``; dynamic checks only when asked (they cost time).
func validate(_ source: String, path: String = "test.lua", explore: Bool = false, random: Int = 0, timeout: Double = 0.3) -> ScenarioReport {
    let options = ValidationOptions(explore: explore, randomGames: random, stateBound: 48,
                                    limits: LuaLimits(memoryBytes: 16 << 20, timeoutSeconds: timeout))
    return ScenarioValidator(options: options, analyzer: MarkerAnalyzer()).validate(source: source, path: path)
}

/// The minimal scenario with `fields` added before its closing brace (each line ends with a comma).
/// Lines 1–7 are those of ``minimalScenario``; the first added line is line 8.
func scenarioWith(_ fields: String) -> String {
    var lines = minimalScenario.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines.removeLast()  // "}"
    return (lines + [fields, "}"]).joined(separator: "\n")
}

/// A fresh folder under the temporary directory, holding `files` (name → contents).
func temporaryPack(_ files: [String: String]) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-validate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, contents) in files {
        try Data(contents.utf8).write(to: url.appendingPathComponent(name))
    }
    return url.path
}

extension ScenarioReport {
    /// The diagnostics with `code`.
    func with(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.filter { $0.code == code.rawValue } }
}
