import Foundation
import RapportCore
@testable import RapportEngine

/// A predictable analyzer for engine tests: techniques come from marker words, so tests control them exactly.
struct MarkerAnalyzer: ReplyAnalyzing {
    func analyze(_ text: String, context: AnalysisContext) -> ReplyAnalysis {
        let lowered = text.lowercased()
        var techniques: [Technique] = []
        if lowered.contains("sorry") { techniques.append(.apology) }
        if lowered.contains("sounds") { techniques.append(.reflectFeeling) }
        if lowered.contains("what happened") { techniques.append(.openQuestion) }
        if lowered.contains("calm down") { techniques.append(.dismissive) }
        if lowered.contains("policy") { techniques.append(.policyShield) }
        let harmful = techniques.contains(where: \.isHarmful)
        let empathy = harmful ? 5 : min(100, 30 + 25 * techniques.count)
        return ReplyAnalysis(empathy: empathy, mechanisms: [:], techniques: techniques.sorted(), evidence: [], breakdown: [])
    }
}

/// The repository's root, found from this file's path.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

func loadScenario(_ source: String, path: String = "test.lua") throws -> ScenarioRuntime {
    try ScenarioRuntime.load(source: source, path: path).get()
}

func diagnostics(_ source: String, path: String = "test.lua") -> [Diagnostic] {
    switch ScenarioRuntime.load(source: source, path: path) {
    case .success(let runtime): return runtime.diagnostics
    case .failure(let failure): return failure.diagnostics
    }
}

let minimalScenario = """
return scenario {
  api_version = 1,
  id = "minimal",
  title = "Minimal",
  persona = { name = "Sam", mood = -40, patience = 2 },
  opening = "My parcel never came.",
  goals = { { id = "sorry", techniques = { "apology" }, required = true } },
}
"""
