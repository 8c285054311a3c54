import Foundation
import RapportCore

/// Appends a session to a JSON Lines file as it happens: a header line, then one line per turn, then the outcome.
/// Each line is written (and synced) before the next customer line is shown, so a crash loses nothing typed.
final class SessionLog {
    let path: String
    private var handle: FileHandle
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Creates the file (and its folder).
    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            // The folder is what the trainee named (--save); Foundation's message would name the file instead.
            throw CLIError.io(path: folder.path, reason: "cannot create the folder")
        }
        do {
            guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CLIError.io(path: path, reason: "cannot create the file") }
            handle = try FileHandle(forWritingTo: url)
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.io(path: path, reason: error.localizedDescription)
        }
    }

    deinit { try? handle.close() }

    struct Header: Encodable {
        var kind = "session"
        var scenario: String
        var file: String
        var seed: UInt64
        var opening: String
    }

    struct Ending: Encodable {
        var kind = "outcome"
        var outcome: Outcome
    }

    struct Turn: Encodable {
        var kind = "turn"
        var turn: TurnRecord
    }

    func writeHeader(_ transcript: Transcript) {
        write(Header(scenario: transcript.scenarioID, file: transcript.scenarioFile, seed: transcript.seed, opening: transcript.opening))
    }

    func write(turn: TurnRecord) { write(Turn(turn: turn)) }

    func write(outcome: Outcome) { write(Ending(outcome: outcome)) }

    /// Removes the file while it is still empty: a call that never started (its opening failed) leaves no session
    /// file behind. A file with anything in it is kept.
    func discardIfEmpty() {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size == 0 else { return }
        try? handle.close()
        unlink(path)
    }

    /// Replaces the file's content with `transcript` (header and turns), e.g. after `:reload` replayed the call
    /// into a new script. The new content is written beside the file and renamed over it, so a crash leaves
    /// either the old log or the new one, never half of one.
    func rewrite(_ transcript: Transcript) throws(CLIError) {
        let temporary = path + ".tmp"
        var data = Data()
        func line(_ value: some Encodable) throws {
            data.append(try encoder.encode(value))
            data.append(0x0A)
        }
        do {
            try line(Header(scenario: transcript.scenarioID, file: transcript.scenarioFile, seed: transcript.seed, opening: transcript.opening))
            for turn in transcript.turns { try line(Turn(turn: turn)) }
            try data.write(to: URL(fileURLWithPath: temporary))
            let fresh = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            try fresh.synchronize()
            try fresh.seekToEnd()
            guard rename(temporary, path) == 0 else { throw CLIError.io(path: path, reason: "cannot replace the file") }
            try? handle.close()
            handle = fresh
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.io(path: path, reason: error.localizedDescription)
        }
    }

    private func write(_ value: some Encodable) {
        guard var data = try? encoder.encode(value) else { return }
        data.append(0x0A)
        try? handle.write(contentsOf: data)
        try? handle.synchronize()
    }
}
