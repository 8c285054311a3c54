import Foundation
import RapportCore

/// Writes a finished session next to its live JSONL log: `NAME.json` (transcript and debrief as data) and
/// `NAME.md` (the debrief and transcript for people).
enum SessionArchive {
    /// The `.json` file's content.
    struct Document: Encodable {
        var transcript: Transcript
        var debrief: Debrief
        var mode: String
    }

    /// Writes both files and returns their paths. `logPath` is the session's `.jsonl` file.
    static func save(logPath: String, transcript: Transcript, debrief: Debrief, mode: PlayMode) throws(CLIError) -> (json: String, markdown: String) {
        let base = logPath.hasSuffix(".jsonl") ? String(logPath.dropLast(6)) : logPath
        let json = base + ".json", markdown = base + ".md"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(Document(transcript: transcript, debrief: debrief, mode: mode.rawValue))
            try data.write(to: URL(fileURLWithPath: json), options: .atomic)
        } catch {
            throw CLIError.io(path: json, reason: error.localizedDescription)
        }
        do {
            try DebriefMarkdown.render(debrief, transcript: transcript, mode: mode).write(toFile: markdown, atomically: true, encoding: .utf8)
        } catch {
            throw CLIError.io(path: markdown, reason: error.localizedDescription)
        }
        return (json, markdown)
    }
}
