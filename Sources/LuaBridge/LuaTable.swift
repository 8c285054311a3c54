/// A Lua table copied into Swift: the sequence `1...n` in `array`, every other key in `fields`.
public struct LuaTable: Hashable, CustomStringConvertible {
    /// Values at keys 1...n, in order.
    public var array: [LuaValue]
    /// All other keys.
    public var fields: [LuaValue: LuaValue]

    public init(array: [LuaValue] = [], fields: [LuaValue: LuaValue] = [:]) {
        self.array = array
        self.fields = fields
    }

    /// A table with string keys.
    public init(_ fields: [String: LuaValue]) {
        self.array = []
        self.fields = Dictionary(uniqueKeysWithValues: fields.map { (LuaValue.string($0.key), $0.value) })
    }

    /// The value at a string key, or nil.
    public subscript(key: String) -> LuaValue {
        get { fields[.string(key)] ?? .nil }
        set { fields[.string(key)] = newValue.isNil ? nil : newValue }
    }

    /// The value at an integer key, or nil.
    public subscript(index: Int) -> LuaValue {
        if index >= 1 && index <= array.count { return array[index - 1] }
        return fields[.integer(Int64(index))] ?? .nil
    }

    /// String keys in sorted order (Lua's own order is not deterministic).
    public var stringKeys: [String] {
        fields.keys.compactMap(\.stringValue).sorted()
    }

    /// True when the table has no entries.
    public var isEmpty: Bool { array.isEmpty && fields.isEmpty }

    public var description: String {
        var parts = array.map(\.description)
        for key in stringKeys { parts.append("\(key) = \(self[key])") }
        return "{" + parts.joined(separator: ", ") + "}"
    }
}
