/// How the customer feels right now. The engine keeps it; scripts read and change it.
public struct PersonaState: Codable, Sendable, Hashable {
    /// -100 furious … 100 delighted.
    public var mood: Int
    /// 0 … 100.
    public var trust: Int
    /// Poor replies left before the customer hangs up.
    public var patience: Int
    /// Story parts uncovered, in the order they came out.
    public var revealed: [String]
    /// Goals met now (a goal can be un-met again).
    public var met: [String]

    public init(mood: Int, trust: Int, patience: Int, revealed: [String] = [], met: [String] = []) {
        self.mood = mood
        self.trust = trust
        self.patience = patience
        self.revealed = revealed
        self.met = met
    }

    /// The starting state of a persona.
    public init(persona: Persona) {
        self.init(mood: persona.mood, trust: persona.trust, patience: persona.patience)
    }

    /// A word for the mood: furious, upset, neutral, calm or pleased.
    public var moodBand: MoodBand { MoodBand(mood: mood) }
}

/// Mood in five bands, for lines and for the screen.
public enum MoodBand: String, Codable, Sendable, CaseIterable {
    case furious, upset, neutral, calm, pleased

    /// The band of a mood from -100 to 100.
    public init(mood: Int) {
        switch mood {
        case ..<(-60): self = .furious
        case -60..<(-20): self = .upset
        case -20..<20: self = .neutral
        case 20..<60: self = .calm
        default: self = .pleased
        }
    }
}
