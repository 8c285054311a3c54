/// The built-in, explainable reply analyzer.
///
/// Placeholder until the analyzer lands: finds nothing and scores 50.
public struct ReplyAnalyzer: ReplyAnalyzing {
    /// Creates an analyzer with the lexicons shipped in the package.
    public init() {}

    /// See ``ReplyAnalyzing/analyze(_:context:)``.
    public func analyze(_ text: String, context: AnalysisContext) -> ReplyAnalysis {
        ReplyAnalysis(empathy: 50, mechanisms: [:], techniques: [], evidence: [], breakdown: [])
    }
}
