import Foundation

/// Sessions as CSV or JSON for trainers: one row (or object) per session, oldest first, with the columns of
/// ``columns`` (documented in docs/progress.md). Times are ISO 8601 in UTC.
public enum ProgressExport {
    /// The export formats.
    public enum Format: String, Sendable, CaseIterable {
        case csv, json
    }

    /// The columns, in order; the JSON objects use the same keys.
    public static let columns = [
        "session_id", "started_at", "ended_at", "scenario_id", "title", "difficulty", "mode", "outcome", "empathy",
        "resolution", "replies", "words_per_reply", "harmful_replies", "turn_empathy", "skills", "outcomes", "shift_id",
        "call_number", "seed",
    ]

    /// `sessions` in `format`, ending with a newline.
    public static func render(_ sessions: [SessionEntry], format: Format) -> String {
        switch format {
        case .csv: csv(sessions)
        case .json: json(sessions)
        }
    }

    /// RFC 4180 CSV with a header row; lists (turn empathy, skills, outcomes) are joined with `;` inside one field.
    public static func csv(_ sessions: [SessionEntry]) -> String {
        var lines = [columns.joined(separator: ",")]
        for session in sessions {
            lines.append(values(session).map { field in
                let text = field.text
                return text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
            }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON array of objects with the ``columns`` as keys; lists are arrays, missing values null.
    public static func json(_ sessions: [SessionEntry]) -> String {
        let objects: [[String: Any]] = sessions.map { session in
            var object: [String: Any] = [:]
            for (key, field) in zip(columns, values(session)) { object[key] = field.json }
            return object
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One exported value, as CSV text and as a JSON value.
    struct Field {
        var text: String
        var json: Any
    }

    static func values(_ s: SessionEntry) -> [Field] {
        func int(_ value: Int?) -> Field { value.map { Field(text: String($0), json: $0) } ?? Field(text: "", json: NSNull()) }
        func int64(_ value: Int64?) -> Field { value.map { Field(text: String($0), json: $0) } ?? Field(text: "", json: NSNull()) }
        func text(_ value: String) -> Field { Field(text: value, json: value) }
        func list(_ value: [String]) -> Field { Field(text: value.joined(separator: ";"), json: value) }
        let words = (s.wordsPerReply * 10).rounded() / 10
        return [
            int64(s.id), text(iso8601(s.startedAt)), text(iso8601(s.endedAt)), text(s.scenarioID), text(s.title), int(s.difficulty),
            text(s.mode), text(s.outcome), int(s.empathy), int(s.resolution), int(s.replies), Field(text: String(words), json: words),
            int(s.harmfulReplies), Field(text: s.turnEmpathy.map(String.init).joined(separator: ";"), json: s.turnEmpathy),
            list(s.plainSkills), list(s.outcomes), int64(s.shiftID), int(s.callNumber), int64(s.seed),
        ]
    }

    /// `date` as `2026-01-31T09:00:00Z`.
    public static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
