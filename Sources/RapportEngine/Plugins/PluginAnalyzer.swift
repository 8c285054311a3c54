import Foundation
import LuaBridge
import RapportCore

/// The built-in analyzer extended by plugins: their `lexicon` patterns are compiled into the analyzer once, and their
/// `analyze` hooks run after it. Safe to use from many threads: each thread borrows its own copy of the plugins'
/// states from a pool.
public final class PluginAnalyzer: ReplyPreparing, @unchecked Sendable {
    // @unchecked: `pool` and `warnings` are only touched under `lock`; a borrowed PluginSet is used by one thread at
    // a time and returned afterwards.
    private var base: ReplyAnalyzer?
    private let lexicon: [String: [String]]
    private let template: PluginSet
    private var pool: [PluginSet] = []
    private var warnings: [String] = []
    /// Per reply, which plugins' trigger phrases it contains (``PluginSet/triggered(by:)``), for replies analysed
    /// in many contexts (validation's probes); at most `triggeredLimit` replies, the first ones seen.
    private var triggeredByText: [String: [Bool]] = [:]
    private let triggeredLimit = 4096
    private let lock = NSLock()
    /// The plugins' manifests, in the order they run.
    public let manifests: [PluginManifest]

    /// Wraps `plugins`, which must not be used elsewhere afterwards.
    public init(plugins: PluginSet) {
        self.lexicon = plugins.lexicon
        self.template = plugins
        self.pool = [plugins]
        self.manifests = plugins.plugins.map(\.manifest)
    }

    /// The built-in analysis with the plugins' lexicon, then the plugins' `analyze` hooks on it.
    public func analyze(_ text: String, context: AnalysisContext) -> ReplyAnalysis {
        analyze(prepare(text), context: context)
    }

    /// See ``ReplyPreparing/prepare(_:)``: the built-in analyzer's context-independent part (the hooks need the
    /// context, so they all run in `analyze(_:context:)` with the prepared reply).
    public func prepare(_ text: String) -> PreparedReply {
        baseAnalyzer().prepare(text)
    }

    /// See ``ReplyPreparing/analyze(_:context:)``: equal to `analyze(prepared.text, context:)`.
    public func analyze(_ prepared: PreparedReply, context: AnalysisContext) -> ReplyAnalysis {
        withPlugins(prepared, context: context, base: baseAnalyzer().analyze(prepared, context: context))
    }

    /// See ``ReplyPreparing/prepare(context:)``: the built-in analyzer's (the hooks run in `analyze(_:in:)`).
    public func prepare(context: AnalysisContext) -> PreparedContext {
        baseAnalyzer().prepare(context: context)
    }

    /// See ``ReplyPreparing/analyze(_:in:)``: equal to `analyze(prepared, context: context.context)`.
    public func analyze(_ prepared: PreparedReply, in context: PreparedContext) -> ReplyAnalysis {
        withPlugins(prepared, context: context.context, base: baseAnalyzer().analyze(prepared, in: context))
    }

    /// The plugins' hooks run on the built-in analyzer's `base` analysis of `prepared` in `context`.
    private func withPlugins(_ prepared: PreparedReply, context: AnalysisContext, base analysis: ReplyAnalysis) -> ReplyAnalysis {
        let set = borrow()
        lock.lock()
        let known = triggeredByText[prepared.text]
        lock.unlock()
        let triggered = known ?? set.triggered(by: prepared.text)
        if known == nil {
            lock.lock()
            if triggeredByText.count < triggeredLimit { triggeredByText[prepared.text] = triggered }
            lock.unlock()
        }
        let result = set.analyze(prepared.text, context: context, base: analysis, triggered: triggered)
        giveBack(set)
        return result
    }

    /// Warnings about plugins that were disabled (each once per copy of the plugins).
    public func takeWarnings() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let taken = warnings
        warnings = []
        return taken
    }

    /// The built-in analyzer with the plugins' lexicon lines, built on first use (compiling a lexicon takes a moment,
    /// which `rapport play` keeps off the path to the customer's first line).
    private func baseAnalyzer() -> ReplyAnalyzer {
        lock.lock()
        defer { lock.unlock() }
        if let base { return base }
        let made = lexicon.isEmpty ? ReplyAnalyzer() : ReplyAnalyzer(lexicon: Lexicon.bundled(adding: lexicon))
        base = made
        return made
    }

    /// Builds the analyzer now, e.g. on a background thread while the trainee reads the opening line.
    public func warmUp() {
        _ = baseAnalyzer()
    }

    private func borrow() -> PluginSet {
        lock.lock()
        let set = pool.popLast()
        lock.unlock()
        return set ?? template.copy()
    }

    private func giveBack(_ set: PluginSet) {
        let newWarnings = set.takeWarnings()
        lock.lock()
        pool.append(set)
        warnings.append(contentsOf: newWarnings)
        lock.unlock()
    }
}
