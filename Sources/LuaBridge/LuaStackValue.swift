internal import CLua
internal import CLuaShim
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value still on the stack (a call's result, or a field of one), read in place for
/// ``LuaState/call(_:pushing:reading:)``: only what the host asks for is converted. Valid only inside the
/// `reading` closure, or the `field`/`forEachElement` body that handed it out.
///
/// Field and element reads are raw (no metamethods), as ``LuaState/call(_:_:)``'s conversion of tables is.
public struct LuaStackValue {
    let state: LuaState
    /// Absolute stack index.
    let index: Int32

    private var L: OpaquePointer { state.L }

    /// True for nil (and for a result that is not there).
    public var isNil: Bool { lua_type(L, index) <= LUA_TNIL }

    /// True for a table.
    public var isTable: Bool { lua_type(L, index) == LUA_TTABLE }

    /// Lua's truth: everything but nil and false.
    public var isTruthy: Bool { lua_toboolean(L, index) != 0 }

    /// The string, if this is a string (numbers are not converted), as ``LuaValue/stringValue``.
    public var stringValue: String? { state.string(at: index) }

    /// The number as an integer, if it is an integer or an integral float, as ``LuaValue/intValue``.
    public var intValue: Int? {
        guard lua_type(L, index) == LUA_TNUMBER else { return nil }
        if lua_isinteger(L, index) != 0 { return LuaValue.integer(Int64(rlua_tointeger(L, index))).intValue }
        return LuaValue.number(rlua_tonumber(L, index)).intValue
    }

    /// Runs `body` on the field `key` of this table (nil when this is not a table). Stack effect: none (the field is
    /// pushed for `body` and popped after it).
    public func field<Result>(_ key: StaticString, _ body: (LuaStackValue) -> Result) -> Result {
        _ = lua_checkstack(L, 4)
        if isTable {
            _ = lua_pushlstring(L, UnsafeRawPointer(key.utf8Start).assumingMemoryBound(to: CChar.self), key.utf8CodeUnitCount)
            _ = lua_rawget(L, index)
        } else {
            lua_pushnil(L)
        }
        defer { rlua_pop(L, 1) }
        return body(LuaStackValue(state: state, index: lua_gettop(L)))
    }

    /// Runs `body` on elements 1, 2, ... of this table up to the first nil (none when this is not a table): the
    /// sequence ``LuaTable/array`` holds. Stack effect: none.
    public func forEachElement(_ body: (LuaStackValue) -> Void) {
        guard isTable else { return }
        _ = lua_checkstack(L, 4)
        var position: lua_Integer = 1
        while lua_rawgeti(L, index, position) != LUA_TNIL {
            body(LuaStackValue(state: state, index: lua_gettop(L)))
            rlua_pop(L, 1)
            position += 1
        }
        rlua_pop(L, 1)
    }

    /// The strings among elements 1, 2, ... (others skipped), or nil when this is not a table: what
    /// `tableValue?.array.compactMap(\.stringValue)` gives for a converted value.
    public var stringElements: [String]? {
        guard isTable else { return nil }
        var strings: [String] = []
        forEachElement { element in
            if let string = element.stringValue { strings.append(string) }
        }
        return strings
    }

    /// ``stringElements``, given as `known` itself when it holds the same strings (no new array or strings are
    /// made): for a list that usually has not changed since it was last read. Stack effect: none.
    public func stringElements(reusing known: [String]) -> [String]? {
        guard isTable else { return nil }
        var same = true
        var count = 0
        forEachElement { element in
            guard same, lua_type(L, element.index) == LUA_TSTRING else { return }
            same = count < known.count && element.isString(known[count])
            count += 1
        }
        return same && count == known.count ? known : stringElements
    }

    /// ``stringValue``, given as `known` itself when this is a string with the same bytes (no new string is made).
    /// Stack effect: none.
    public func stringValue(reusing known: String) -> String? {
        isString(known) ? known : stringValue
    }

    /// True when this is a string whose bytes are the UTF-8 of `string`. Stack effect: none.
    func isString(_ string: String) -> Bool {
        guard lua_type(L, index) == LUA_TSTRING else { return false }
        var length = 0
        guard let pointer = lua_tolstring(L, index, &length) else { return false }
        var string = string
        return string.withUTF8 { $0.count == length && (length == 0 || memcmp($0.baseAddress!, pointer, length) == 0) }
    }
}
