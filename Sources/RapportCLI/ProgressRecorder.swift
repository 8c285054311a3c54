import Foundation
import RapportCore
import RapportEngine
import RapportProgress

/// The progress database as `play` and `shift` use it: optional, and opened on first use (off the path to the
/// customer's first line). When it cannot be opened or written, the trainee is warned once (through
/// ``ErrorPresenter``) and the call goes on without it.
final class ProgressRecorder {
    /// Where warnings go (the screen, in the REPL).
    let warn: (String) -> Void
    private let path: String?
    private var opened: ProgressStore?
    private var failed = false
    private var warned = false

    /// A recorder for the database at `path`, opened when first needed.
    init(path: String, warn: @escaping (String) -> Void) {
        self.path = path
        self.warn = warn
    }

    /// A recorder around an open store (tests).
    init(store: ProgressStore, warn: @escaping (String) -> Void) {
        self.path = nil
        self.opened = store
        self.warn = warn
    }

    /// The open store, or nil when it could not be opened (the warning is given then).
    var store: ProgressStore? {
        if let opened { return opened }
        guard !failed, let path else { return nil }
        do {
            opened = try ProgressStore(path: path)
        } catch {
            failed = true
            report(error)
        }
        return opened
    }

    /// Runs `body` with the store; an error is warned about once and returns nil.
    @discardableResult
    func attempt<T>(_ body: (ProgressStore) throws(ProgressError) -> T) -> T? {
        guard let store else { return nil }
        do {
            return try body(store)
        } catch {
            report(error)
            return nil
        }
    }

    /// Stores `call` unless it has no replies (nothing to learn from); `shiftID` and `callNumber` for shift calls.
    func record(_ call: Repl.CompletedCall, shiftID: Int64? = nil, callNumber: Int? = nil) {
        guard !call.session.transcript.turns.isEmpty else { return }
        attempt { store throws(ProgressError) in try store.record(SessionEntry(call, shiftID: shiftID, callNumber: callNumber)) }
    }

    private func report(_ error: any Error) {
        guard !warned else { return }
        warned = true
        warn(ErrorPresenter.warning(error) + " (progress is not being saved; the call goes on)")
    }
}
