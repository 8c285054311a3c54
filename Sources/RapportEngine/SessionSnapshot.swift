import LuaBridge
import RapportCore

/// A session saved between turns: its runtime's whole Lua heap and the engine's side of the call.
public struct SessionSnapshot {
    let lua: LuaSnapshot
    let transcript: Transcript
    let state: PersonaState
    let lastCustomerLine: String
    let turnCount: Int

    /// Bytes of Lua heap it holds.
    public var byteCount: Int { lua.byteCount }
}
