internal import CLua
internal import CLuaShim

/// A Swift host function callable from Lua. It receives the arguments and returns the results; a thrown error
/// becomes a Lua error (catchable by `pcall`) raised only after this function has returned.
public typealias LuaHostFunction = ([LuaValue]) throws -> [LuaValue]

/// One sandboxed Lua state with its limits.
///
/// Confined to one thread at a time (not `Sendable`). Every method leaves the Lua stack as it found it.
/// Scripts see only the sandbox's allow-listed libraries (see `rlua_open_sandbox`), and every call into Lua runs
/// under ``LuaLimits``: exceeding one throws a ``ScriptError`` and leaves the state usable.
public final class LuaState {
    let L: OpaquePointer
    /// The limits every call runs under.
    public let limits: LuaLimits
    var hostFunctions: [LuaHostFunction] = []
    var hostNames: [String] = []
    var shortenedChunks: [String: String] = [:]
    /// Registry references held by ``LuaFunction`` values now (a snapshot may be restored only while these are
    /// ones it already had).
    var liveRefs = Set<Int32>()
    /// True when the state was made with `snapshots` on (see ``snapshot()``).
    public let snapshots: Bool
    /// Tells this state's snapshots from others' (an object no other state has, alive as long as they are).
    final class Identity {}
    let identity = Identity()

    /// Creates a sandboxed state. `seed` seeds `math.random`, so the same seed gives the same numbers. With
    /// `snapshots`, the state's heap lives in one region so ``snapshot()`` and ``restore(_:)`` work (for the
    /// validator, which forks conversations).
    public init(limits: LuaLimits = .standard, seed: UInt64 = 0, snapshots: Bool = false) throws(ScriptError) {
        guard let state = rlua_newstate_snapshotting(max(64 << 10, limits.memoryBytes), nil, snapshots ? 1 : 0) else {
            throw .stateUnavailable
        }
        self.snapshots = snapshots
        self.L = state
        self.limits = limits
        rlua_set_host(L, Unmanaged.passUnretained(self).toOpaque())
        rlua_set_budget(L, lua_Integer(limits.instructionBudget ?? 0))
        rlua_pushcfunction(L, rlua_open_sandbox)
        lua_pushinteger(L, lua_Integer(Int64(bitPattern: seed)))
        try protectedCall(arguments: 1, results: 0)
    }

    deinit {
        rlua_close(L)
    }

    /// Bytes the state has allocated.
    public var memoryUsed: Int { rlua_memory_used(L) }

    /// The value of `lua_gettop`: 0 whenever no call is in progress. For tests of stack balance.
    public var stackDepth: Int { Int(lua_gettop(L)) }

    /// Sets the time scripts see: `os.time()` returns `now`, `os.date()` formats it (in UTC), `os.clock()`
    /// returns `clock`. Nothing in the sandbox reads the real clock.
    public func setClock(now: Int64, clock: Double) {
        rlua_set_clock(L, lua_Integer(now), clock)
    }

    /// Compiles `source` (text only; binary chunks are refused) and returns the chunk as a function.
    /// `chunkName` is how errors name the file. Stack effect: none.
    public func load(_ source: String, chunkName: String) throws(ScriptError) -> LuaFunction {
        rememberChunk(chunkName)
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        var source = source
        let status = source.withUTF8 { buffer in
            rlua_call_begin(L, limits.timeoutSeconds)
            let status = luaL_loadbufferx(L, buffer.baseAddress, buffer.count, "@" + chunkName, "t")
            _ = rlua_call_end(L)
            return status
        }
        switch status {
        case LUA_OK:
            return popFunction()
        case LUA_ERRMEM:
            collectAfterLimit()
            throw .memory(limitBytes: limits.memoryBytes, location: nil)
        default:
            let text = string(at: -1) ?? "unknown error"
            let (location, message) = ScriptError.split(text, knownChunks: shortenedChunks)
            throw .syntax(location: location ?? SourceLocation(file: chunkName, line: 0), message: message)
        }
    }

    /// Calls `function` with `arguments` under the limits and returns all its results.
    /// Stack effect: none.
    @discardableResult
    public func call(_ function: LuaFunction, _ arguments: [LuaValue] = []) throws(ScriptError) -> [LuaValue] {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard lua_checkstack(L, Int32(arguments.count) + 8) != 0 else {
            throw .runtime(location: nil, message: "too many arguments", traceback: "")
        }
        _ = rlua_getref(L, function.ref)
        for argument in arguments { push(argument) }
        try protectedCall(arguments: Int32(arguments.count), results: rlua_multret())
        let newTop = lua_gettop(L)
        guard newTop > top else { return [] }
        return ((top + 1)...newTop).map { value(at: $0) }
    }

    /// Compiles and runs `source`, returning its results: a shorthand for ``load(_:chunkName:)`` then ``call(_:_:)``.
    @discardableResult
    public func run(_ source: String, chunkName: String = "chunk") throws(ScriptError) -> [LuaValue] {
        try call(load(source, chunkName: chunkName))
    }

    /// Makes any assignment to a new global variable an error naming the script's file and line.
    public func enableStrictGlobals() throws(ScriptError) {
        rlua_pushcfunction(L, rlua_strict_globals)
        try protectedCall(arguments: 0, results: 0)
    }

    /// The lines scripts passed to `print` since the last call (at most 1,000 are kept); clears them.
    public func takePrinted() -> [String] {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard rlua_take_printed(L) > 0, case .table(let table) = value(at: -1) else { return [] }
        return table.array.compactMap(\.stringValue)
    }

    /// Runs the function on top of the stack, below its `arguments`, under the limits and a message handler.
    /// Stack effect: [-(arguments+1), +results] on success; [-(arguments+1), +0] when it throws.
    func protectedCall(arguments: Int32, results: Int32) throws(ScriptError) {
        let functionIndex = lua_gettop(L) - arguments
        rlua_pushcfunction(L, rlua_msghandler)
        rlua_insert(L, functionIndex)
        rlua_call_begin(L, limits.timeoutSeconds)
        let status = rlua_pcall(L, arguments, results, functionIndex)
        let trip = rlua_call_end(L)
        if status == LUA_OK {
            rlua_remove(L, functionIndex)
            return
        }
        let text = string(at: -1) ?? "(error object is not a string)"
        lua_settop(L, functionIndex - 1)
        let (message, traceback) = ScriptError.splitTraceback(text)
        let (location, body) = ScriptError.split(message, knownChunks: shortenedChunks)
        switch Int32(trip) {
        case Int32(RLUA_TRIP_TIMEOUT):
            throw .timeout(seconds: limits.timeoutSeconds, location: location)
        case Int32(RLUA_TRIP_BUDGET):
            throw .instructionBudget(limit: limits.instructionBudget ?? 0, location: location)
        case Int32(RLUA_TRIP_MEMORY):
            collectAfterLimit()
            throw .memory(limitBytes: limits.memoryBytes, location: location ?? memoryLocation())
        default:
            if status == LUA_ERRMEM {
                collectAfterLimit()
                throw .memory(limitBytes: limits.memoryBytes, location: location ?? memoryLocation())
            }
            throw .runtime(location: location, message: body, traceback: traceback)
        }
    }

    /// Where the script was when it hit the memory cap (Lua's own error gives no place), if the shim saw it.
    func memoryLocation() -> SourceLocation? {
        guard let place = rlua_memory_where(L) else { return nil }
        return ScriptError.split(String(cString: place) + " ", knownChunks: shortenedChunks).0
    }

    /// After a memory error, frees what the failed script left behind so the next call starts clean.
    func collectAfterLimit() {
        rlua_gc_collect(L)
    }

    /// Remembers how Lua will shorten `chunkName` (it keeps 59 bytes) so errors can name the full file.
    func rememberChunk(_ chunkName: String) {
        let bytes = Array(chunkName.utf8)
        guard bytes.count > 59 else { return }
        let tail = String(decoding: bytes.suffix(56), as: UTF8.self)
        shortenedChunks["..." + tail] = chunkName
    }

    /// Releases a registry reference (called when a ``LuaFunction`` goes away).
    func release(ref: Int32) {
        liveRefs.remove(ref)
        rlua_unref(L, ref)
    }
}
