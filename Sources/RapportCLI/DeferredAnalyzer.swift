import Foundation
import RapportCore

/// The built-in analyzer, with its lexicon read off the path to the customer's first line: nothing is parsed
/// until ``warmUp()`` starts reading it in the background (while the trainee reads the opening) or the first
/// reply needs it, whichever comes first. `Lexicon.shared` is a `static let`, so both meet at one load.
struct DeferredAnalyzer: ReplyAnalyzing {
    /// See ``ReplyAnalyzing/analyze(_:context:)``.
    func analyze(_ text: String, context: AnalysisContext) -> ReplyAnalysis {
        ReplyAnalyzer().analyze(text, context: context)
    }

    /// Starts loading the lexicon on a background thread.
    static func warmUp() {
        Thread.detachNewThread { _ = Lexicon.shared }
    }
}
