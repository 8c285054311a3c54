import Foundation
import RapportCore

/// Replies' context-independent parts (``ReplyPreparing/prepare(_:)``), kept by text for the caching analyzers of
/// one validator: every scenario is sent the same built-in probes (the long one takes a while to read), so each is
/// read once per validation instead of once per scenario. Only for analyzers that are one and the same: a prepared
/// reply depends on the analyzer's lexicon. Safe to share across threads (a lock guards the table).
final class PreparedReplies: @unchecked Sendable {
    private let lock = NSLock()
    private var replies: [String: PreparedReply] = [:]

    /// The prepared reply kept for `text`, if any.
    func reply(for text: String) -> PreparedReply? {
        lock.lock()
        defer { lock.unlock() }
        return replies[text]
    }

    /// Keeps `reply` under its text (the first one kept stays: equal texts give equal prepared replies).
    func keep(_ reply: PreparedReply) {
        lock.lock()
        defer { lock.unlock() }
        if replies[reply.text] == nil { replies[reply.text] = reply }
    }

    /// How many replies are kept.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return replies.count
    }
}
