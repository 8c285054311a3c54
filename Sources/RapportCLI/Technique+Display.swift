import RapportCore

extension Technique {
    /// The technique's name as words for people: `reflect_feeling` → `reflect feeling`.
    var displayName: String { String(rawValue.map { $0 == "_" ? " " : $0 }) }
}
