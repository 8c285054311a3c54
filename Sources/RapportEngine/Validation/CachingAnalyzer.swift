import Foundation
import RapportCore

/// Wraps an analyzer and remembers every analysis it has made, keyed by the reply and its context.
///
/// The validator sends the same fixed probe replies thousands of times, in a handful of contexts (the customer's
/// previous line), so each distinct reply-and-context is analysed once. When the wrapped analyzer can split its work
/// (``ReplyPreparing``), the context-independent part is also kept per reply, and the reply-independent part per
/// context, so a new pairing of a known reply and a known context reads neither from scratch. Safe to share across
/// threads (a lock guards the tables), though the validator gives each scenario its own (sharing only the prepared
/// replies, see ``PreparedReplies``).
public final class CachingAnalyzer: ReplyAnalyzing, @unchecked Sendable {
    struct Key: Hashable {
        var text: String
        var context: AnalysisContext
    }

    let base: any ReplyAnalyzing
    /// `base`, when it can split its work.
    private let preparing: (any ReplyPreparing)?
    private let lock = NSLock()
    private var cache: [Key: ReplyAnalysis] = [:]
    private let prepared: PreparedReplies
    private var contexts: [AnalysisContext: PreparedContext] = [:]
    private var misses = 0

    /// Caches the analyses of `base`.
    public convenience init(_ base: any ReplyAnalyzing) {
        self.init(base, sharing: PreparedReplies())
    }

    /// Caches the analyses of `base`, keeping prepared replies in `prepared`, which must only ever hold `base`'s.
    init(_ base: any ReplyAnalyzing, sharing prepared: PreparedReplies) {
        self.base = base
        self.preparing = base as? any ReplyPreparing
        self.prepared = prepared
    }

    /// The analysis of `text` in `context`: from the cache, or from the wrapped analyzer once.
    public func analyze(_ text: String, context: AnalysisContext) -> ReplyAnalysis {
        let key = Key(text: text, context: context)
        lock.lock()
        if let hit = cache[key] {
            lock.unlock()
            return hit
        }
        let knownContext = contexts[context]
        lock.unlock()
        let analysis: ReplyAnalysis
        if let preparing {
            let known = prepared.reply(for: text)
            let reply = known ?? preparing.prepare(text)
            let setting = knownContext ?? preparing.prepare(context: context)
            analysis = preparing.analyze(reply, in: setting)
            if known == nil { prepared.keep(reply) }
            if knownContext == nil {
                lock.lock()
                contexts[context] = setting
                lock.unlock()
            }
        } else {
            analysis = base.analyze(text, context: context)
        }
        lock.lock()
        cache[key] = analysis
        misses += 1
        lock.unlock()
        return analysis
    }

    /// How many analyses were computed (not served from the cache).
    public var computed: Int {
        lock.lock()
        defer { lock.unlock() }
        return misses
    }

    /// How many contexts' reply-independent parts are kept (0 when the wrapped analyzer cannot split its work).
    public var preparedContextCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return contexts.count
    }

    /// How many replies' context-independent parts are kept (0 when the wrapped analyzer cannot split its work).
    public var preparedCount: Int {
        preparing == nil ? 0 : prepared.count
    }
}
