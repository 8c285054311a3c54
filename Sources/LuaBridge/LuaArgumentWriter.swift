internal import CLua
internal import CLuaShim

/// Pushes a call's arguments straight onto the state's stack, for ``LuaState/call(_:pushing:reading:)``: no
/// ``LuaValue`` or ``LuaTable`` is built on the way. Valid only inside the `pushing` closure.
///
/// Each top-level push is one argument. Tables are built in place: push a table, push a value, then `set` it into
/// the table. Like ``LuaState/call(_:_:)``, it never raises: the memory cap is not enforced in host code.
public struct LuaArgumentWriter {
    let L: OpaquePointer

    /// Pushes an integer. Stack effect: [-0, +1].
    public func push(_ value: Int) {
        _ = lua_checkstack(L, 2)
        lua_pushinteger(L, lua_Integer(value))
    }

    /// Pushes a boolean. Stack effect: [-0, +1].
    public func push(_ value: Bool) {
        _ = lua_checkstack(L, 2)
        lua_pushboolean(L, value ? 1 : 0)
    }

    /// Pushes a string (its UTF-8 bytes). Stack effect: [-0, +1].
    public func push(_ value: String) {
        _ = lua_checkstack(L, 2)
        var value = value
        value.withUTF8 { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
    }

    /// Pushes a new empty table with room for `arrayCount` elements and `fieldCount` other keys. Stack effect: [-0, +1].
    public func pushTable(arrayCount: Int = 0, fieldCount: Int = 0) {
        _ = lua_checkstack(L, 4)
        lua_createtable(L, Int32(clamping: arrayCount), Int32(clamping: fieldCount))
    }

    /// Pops the value on top and stores it, raw, under `key` in the table just below it. Stack effect: [-1, +0].
    public func set(_ key: StaticString) {
        _ = lua_checkstack(L, 2)
        _ = lua_pushlstring(L, UnsafeRawPointer(key.utf8Start).assumingMemoryBound(to: CChar.self), key.utf8CodeUnitCount)
        lua_rotate(L, -2, 1)
        lua_rawset(L, -3)
    }

    /// Pops the value on top and stores it, raw, under the string `key` in the table just below it. Stack effect: [-1, +0].
    public func set(_ key: String) {
        _ = lua_checkstack(L, 2)
        var key = key
        key.withUTF8 { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
        lua_rotate(L, -2, 1)
        lua_rawset(L, -3)
    }

    /// Pushes a value pinned in this state. Stack effect: [-0, +1].
    public func push(_ pinned: LuaPinned) {
        _ = lua_checkstack(L, 2)
        _ = rlua_getref(L, pinned.ref)
    }

    /// Pops the value on top and stores it, raw, under the pinned `key` (made by this state) in the table just below
    /// it. Stack effect: [-1, +0].
    public func set(_ key: LuaPinned) {
        _ = lua_checkstack(L, 2)
        _ = rlua_getref(L, key.ref)
        lua_rotate(L, -2, 1)
        lua_rawset(L, -3)
    }

    /// Pops a key and the value pushed after it and stores them, raw, in the table just below them: the way to fill
    /// a table that needs no reordering (push the key, push the value, then this). Stack effect: [-2, +0].
    public func setPair() {
        lua_rawset(L, -3)
    }

    /// Pops the value on top and stores it, raw, at `index` in the table just below it. Stack effect: [-1, +0].
    public func set(index: Int) {
        lua_rawseti(L, -2, lua_Integer(index))
    }
}
