import LuaBridge
import RapportCore

/// The field names of the turn and reaction tables the engine hands the driver each turn, made once per runtime
/// (``LuaPinned``) so that filling the tables does not hash each name into Lua's string table again.
struct TurnKeys {
    let number, text, empathy, harmful, analysis, mechanisms, techniques: LuaPinned
    let mood, trust, patience: LuaPinned
    /// One per mechanism, in `Mechanism.allCases` order.
    let mechanismNames: [LuaPinned]
    /// `Mechanism.allCases`, made once (the synthesized property makes a new array on every use).
    let mechanismOrder: [Mechanism]
    /// One per technique, with the technique (looked up by comparing cases: cheaper than hashing).
    let techniqueNames: [(technique: Technique, key: LuaPinned)]

    /// Makes the keys in `lua` (before its first snapshot).
    init(_ lua: LuaState) {
        number = lua.pin(.string("number"))
        text = lua.pin(.string("text"))
        empathy = lua.pin(.string("empathy"))
        harmful = lua.pin(.string("harmful"))
        analysis = lua.pin(.string("analysis"))
        mechanisms = lua.pin(.string("mechanisms"))
        techniques = lua.pin(.string("techniques"))
        mood = lua.pin(.string("mood"))
        trust = lua.pin(.string("trust"))
        patience = lua.pin(.string("patience"))
        mechanismOrder = Mechanism.allCases
        mechanismNames = mechanismOrder.map { lua.pin(.string($0.rawValue)) }
        techniqueNames = Technique.allCases.map { ($0, lua.pin(.string($0.rawValue))) }
    }

    /// The key for `technique`.
    func name(of technique: Technique) -> LuaPinned? {
        techniqueNames.first { $0.technique == technique }?.key
    }
}
