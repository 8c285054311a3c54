internal import CLua
internal import CLuaShim
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Host-trusted precompiled code: the engine compiles its own Lua once per process and loads the bytecode into each
/// new state. Scripts can never load binary chunks (``LuaState/load(_:chunkName:)`` is text-only).
public struct LuaBytecode: Sendable, Hashable {
    let bytes: [UInt8]
    /// The chunk name errors will show.
    public let chunkName: String

    /// Compiles `source` in a throwaway state and keeps its bytecode (with debug info, so errors keep line numbers).
    public init(compiling source: String, chunkName: String) throws(ScriptError) {
        let state = try LuaState()
        let function = try state.load(source, chunkName: chunkName)
        self.bytes = state.dump(function)
        self.chunkName = chunkName
    }
}

extension LuaState {
    /// The bytecode of `function`, with debug information. Stack effect: none.
    func dump(_ function: LuaFunction) -> [UInt8] {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        _ = rlua_getref(L, function.ref)
        var pointer: UnsafeMutablePointer<UInt8>?
        var length = 0
        guard rlua_dump(L, 0, &pointer, &length) == 0, let pointer else { return [] }
        defer { free(pointer) }
        return Array(UnsafeBufferPointer(start: pointer, count: length))
    }

    /// Loads host-trusted bytecode made by ``LuaBytecode``. Stack effect: none.
    public func load(_ bytecode: LuaBytecode) throws(ScriptError) -> LuaFunction {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        let status = bytecode.bytes.withUnsafeBufferPointer { buffer in
            rlua_load_binary(L, buffer.baseAddress, buffer.count, "@" + bytecode.chunkName)
        }
        guard status == LUA_OK else {
            throw .syntax(location: nil, message: string(at: -1) ?? "cannot load precompiled code")
        }
        return popFunction()
    }
}
