extension TurnEvent: Codable {
    /// The `kind` field of an encoded event: `{"kind": "revealed", "id": "loan"}`, `{"kind": "goal_met", "id": …}`,
    /// `{"kind": "goal_unmet", "id": …}`, `{"kind": "stage", "id": …}`, `{"kind": "note", "text": …}`,
    /// `{"kind": "plugin_note", "plugin": …, "text": …}`. Transcript readers (people and scripts) rely on these
    /// names; docs/playing.md lists them.
    public enum Kind: String, Codable, Sendable {
        case revealed, goalMet = "goal_met", goalUnmet = "goal_unmet", stage, note, pluginNote = "plugin_note"
    }

    private enum Field: String, CodingKey { case kind, id, text, plugin }

    /// The event's kind.
    public var kind: Kind {
        switch self {
        case .revealed: .revealed
        case .goalMet: .goalMet
        case .goalUnmet: .goalUnmet
        case .stage: .stage
        case .note: .note
        case .pluginNote: .pluginNote
        }
    }

    /// Encodes the event as an object with a `kind` and its fields (`id`, or `text` and `plugin`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Field.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .revealed(let id), .goalMet(let id), .goalUnmet(let id), .stage(let id): try container.encode(id, forKey: .id)
        case .note(let text): try container.encode(text, forKey: .text)
        case .pluginNote(let plugin, let text):
            try container.encode(plugin, forKey: .plugin)
            try container.encode(text, forKey: .text)
        }
    }

    /// Decodes what ``encode(to:)`` writes; an unknown `kind` is a data-corrupted error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Field.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .revealed: self = .revealed(try container.decode(String.self, forKey: .id))
        case .goalMet: self = .goalMet(try container.decode(String.self, forKey: .id))
        case .goalUnmet: self = .goalUnmet(try container.decode(String.self, forKey: .id))
        case .stage: self = .stage(try container.decode(String.self, forKey: .id))
        case .note: self = .note(try container.decode(String.self, forKey: .text))
        case .pluginNote:
            self = .pluginNote(plugin: try container.decode(String.self, forKey: .plugin), text: try container.decode(String.self, forKey: .text))
        }
    }
}
