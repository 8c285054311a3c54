import Testing
@testable import RapportCLI
import RapportCore

@Test func plainReportHasNoEscapeCodesAndStripsControlCharacters() {
    let reply = "I'm sorry\u{1B}[2J, that\u{07} sounds \u{9B}exhausting"
    let analysis = ReplyAnalyzer().analyze(reply, context: AnalysisContext())
    let report = AnalysisRenderer.render(reply: reply, analysis: analysis, color: false)
    #expect(!report.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
    #expect(report.contains("Empathy \(analysis.empathy)/100"))
    #expect(report.contains("apology"))
}

@Test func colouredReportHighlightsEvidenceButEchoesNoForeignControls() {
    let reply = "Calm down\u{1B}]0;title\u{07}, that's our policy."
    let analysis = ReplyAnalyzer().analyze(reply, context: AnalysisContext())
    let report = AnalysisRenderer.render(reply: reply, analysis: analysis, color: true)
    #expect(report.contains("\u{1B}[31m"))
    #expect(!report.contains("\u{1B}]0;"))
    #expect(!report.unicodeScalars.contains { $0.value == 0x07 })
}

@Test func theTotalLineSaysClampedOnlyWhenTheSumWasKeptInRange() {
    let analyzer = ReplyAnalyzer()
    let warm = "I'm sorry, that sounds exhausting."
    let warmReport = AnalysisRenderer.render(reply: warm, analysis: analyzer.analyze(warm, context: AnalysisContext()), color: false)
    #expect(warmReport.hasSuffix("  = \(analyzer.analyze(warm, context: AnalysisContext()).empathy)\n"))
    let cold = "Calm down. It's company policy, you should have read the terms."
    let coldAnalysis = analyzer.analyze(cold, context: AnalysisContext())
    let sum = coldAnalysis.breakdown.reduce(0.0) { $0 + $1.points }
    #expect(sum < 0)
    #expect(AnalysisRenderer.render(reply: cold, analysis: coldAnalysis, color: false)
        .hasSuffix("  = 0 (the sum, \(Int(sum)), kept within 0–100)\n"))
}
