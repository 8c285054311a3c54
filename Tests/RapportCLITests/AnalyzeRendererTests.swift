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
