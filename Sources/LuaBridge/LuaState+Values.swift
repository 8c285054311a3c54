internal import CLua
internal import CLuaShim

extension LuaState {
    /// The deepest table nesting converted to Swift; deeper tables (and cycles) become `.opaque("table")`.
    static let maximumTableDepth = 32

    /// Pushes `value`. Stack effect: [-0, +1]. Never raises: the memory cap is not enforced in host code, nil and
    /// NaN keys are skipped, and stack space is checked.
    func push(_ value: LuaValue) {
        _ = lua_checkstack(L, 4)
        switch value {
        case .nil, .opaque:
            lua_pushnil(L)
        case .boolean(let b):
            lua_pushboolean(L, b ? 1 : 0)
        case .integer(let i):
            lua_pushinteger(L, lua_Integer(i))
        case .number(let d):
            lua_pushnumber(L, d)
        case .string(let s):
            pushString(s)
        case .function(let f):
            _ = rlua_getref(L, f.ref)
        case .table(let t):
            lua_createtable(L, Int32(clamping: t.array.count), Int32(clamping: t.fields.count))
            for (offset, element) in t.array.enumerated() {
                push(element)
                lua_rawseti(L, -2, lua_Integer(offset + 1))
            }
            for (key, element) in t.fields {
                if key.isNil { continue }
                if case .number(let d) = key, d.isNaN { continue }
                push(key)
                push(element)
                lua_rawset(L, -3)
            }
        }
    }

    /// Pushes a Swift string as a Lua string (its UTF-8 bytes). Stack effect: [-0, +1].
    func pushString(_ s: String) {
        var s = s
        s.withUTF8 { buffer in
            _ = lua_pushlstring(L, buffer.baseAddress, buffer.count)
        }
    }

    /// The string at `index` if the value there is a string (numbers are not converted). Stack effect: none.
    func string(at index: Int32) -> String? {
        guard lua_type(L, index) == LUA_TSTRING else { return nil }
        var length = 0
        guard let pointer = lua_tolstring(L, index, &length) else { return nil }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    /// Converts the value at `index` to Swift. Tables are copied (up to ``maximumTableDepth``), functions are
    /// referenced. Stack effect: none.
    func value(at index: Int32) -> LuaValue {
        var seen = Set<UnsafeRawPointer>()
        return value(at: lua_absindex(L, index), depth: 0, seen: &seen)
    }

    private func value(at index: Int32, depth: Int, seen: inout Set<UnsafeRawPointer>) -> LuaValue {
        switch lua_type(L, index) {
        case LUA_TNIL, LUA_TNONE:
            return .nil
        case LUA_TBOOLEAN:
            return .boolean(lua_toboolean(L, index) != 0)
        case LUA_TNUMBER:
            if lua_isinteger(L, index) != 0 { return .integer(Int64(rlua_tointeger(L, index))) }
            return .number(rlua_tonumber(L, index))
        case LUA_TSTRING:
            return .string(string(at: index) ?? "")
        case LUA_TFUNCTION:
            lua_pushvalue(L, index)
            return .function(popFunction())
        case LUA_TTABLE:
            return table(at: index, depth: depth, seen: &seen)
        default:
            return .opaque(String(cString: lua_typename(L, lua_type(L, index))))
        }
    }

    private func table(at index: Int32, depth: Int, seen: inout Set<UnsafeRawPointer>) -> LuaValue {
        guard depth < Self.maximumTableDepth, let pointer = lua_topointer(L, index),
              !seen.contains(pointer), lua_checkstack(L, 4) != 0 else {
            return .opaque("table")
        }
        seen.insert(pointer)
        defer { seen.remove(pointer) }
        var pairs: [LuaValue: LuaValue] = [:]
        lua_pushnil(L)
        while lua_next(L, index) != 0 {
            let key = value(at: lua_gettop(L) - 1, depth: depth + 1, seen: &seen)
            let element = value(at: lua_gettop(L), depth: depth + 1, seen: &seen)
            pairs[key] = element
            rlua_pop(L, 1)
        }
        var array: [LuaValue] = []
        var next: Int64 = 1
        while let element = pairs.removeValue(forKey: .integer(next)) {
            array.append(element)
            next += 1
        }
        return .table(LuaTable(array: array, fields: pairs))
    }

    /// Pops the function on top of the stack into a registry reference. Stack effect: [-1, +0].
    func popFunction() -> LuaFunction {
        let ref = rlua_ref(L)
        liveRefs.insert(ref)
        return LuaFunction(ref: ref, owner: self)
    }
}
