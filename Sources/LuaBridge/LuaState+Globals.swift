internal import CLua
internal import CLuaShim

extension LuaState {
    /// The global `name`, read raw (no metamethods). Stack effect: none.
    public func global(_ name: String) -> LuaValue {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        _ = rlua_rawgetglobals(L)
        pushString(name)
        _ = lua_rawget(L, -2)
        return value(at: -1)
    }

    /// Sets the global `name` raw (no metamethods, so it works under strict globals). Stack effect: none.
    public func setGlobal(_ name: String, _ value: LuaValue) {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        _ = rlua_rawgetglobals(L)
        pushString(name)
        push(value)
        lua_rawset(L, -3)
    }

    /// Wraps a Swift function as a Lua function value (to store in a global or a table). Stack effect: none.
    public func function(_ name: String, _ body: @escaping LuaHostFunction) -> LuaValue {
        hostFunctions.append(body)
        hostNames.append(name)
        rlua_pushhostfunction(L, hostDispatch, lua_Integer(hostFunctions.count - 1))
        return .function(popFunction())
    }
}

/// The single C entry point for every host function: finds the Swift closure by its id (upvalue 2), runs it with
/// the memory cap lifted, and either pushes its results or pushes the error and returns `RLUA_RAISE`, so that the
/// C trampoline raises it after this frame has returned.
let hostDispatch: rlua_HostFunction = { pointer in
    guard let L = pointer, let host = rlua_host(L) else { return 0 }
    let state = Unmanaged<LuaState>.fromOpaque(host).takeUnretainedValue()
    return state.dispatchHostCall()
}

extension LuaState {
    func dispatchHostCall() -> Int32 {
        let id = Int(rlua_tointeger(L, rlua_upvalueindex(2)))
        guard id >= 0 && id < hostFunctions.count else {
            pushString("unknown host function")
            return RLUA_RAISE
        }
        let count = lua_gettop(L)
        let arguments = count > 0 ? (1...count).map { value(at: $0) } : []
        do {
            let results = try hostFunctions[id](arguments)
            guard lua_checkstack(L, Int32(clamping: results.count) + 4) != 0 else {
                pushString("too many results from '\(hostNames[id])'")
                return RLUA_RAISE
            }
            for result in results { push(result) }
            return Int32(results.count)
        } catch let error as ScriptError {
            if case .badArgument(let position, _, let message) = error {
                pushString("bad argument #\(position) to '\(hostNames[id])' (\(message))")
            } else {
                pushString(error.description)
            }
            return RLUA_RAISE
        } catch {
            pushString(String(describing: error))
            return RLUA_RAISE
        }
    }
}
