import LuaBridge
import RapportCore

/// The field names of the turn and reaction tables the engine hands the driver each turn, made once per runtime
/// (``LuaKey``) so that filling the tables does not hash each name into Lua's string table again.
struct TurnKeys {
    let number, text, empathy, harmful, analysis, mechanisms, techniques: LuaKey
    let mood, trust, patience: LuaKey
    /// One per mechanism, in `Mechanism.allCases` order.
    let mechanismNames: [LuaKey]
    /// One per technique, with the technique (looked up by comparing cases: cheaper than hashing).
    let techniqueNames: [(technique: Technique, key: LuaKey)]

    /// Makes the keys in `lua` (before its first snapshot).
    init(_ lua: LuaState) {
        number = lua.key("number")
        text = lua.key("text")
        empathy = lua.key("empathy")
        harmful = lua.key("harmful")
        analysis = lua.key("analysis")
        mechanisms = lua.key("mechanisms")
        techniques = lua.key("techniques")
        mood = lua.key("mood")
        trust = lua.key("trust")
        patience = lua.key("patience")
        mechanismNames = Mechanism.allCases.map { lua.key($0.rawValue) }
        techniqueNames = Technique.allCases.map { ($0, lua.key($0.rawValue)) }
    }

    /// The key for `technique`.
    func name(of technique: Technique) -> LuaKey? {
        techniqueNames.first { $0.technique == technique }?.key
    }
}
