/// A read-only hash table from words to values, hashed with FNV-1a over the UTF-8 bytes. Looking up every
/// token of every reply is the analyzer's hottest path, and the standard dictionary's seeded hashing costs
/// more than the rest of the lookup.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [String]
    private var used: [Bool]
    private var values: [Value?]
    private let mask: Int

    /// Builds the table from `entries`.
    init(_ entries: [String: Value]) {
        var capacity = 16
        while capacity < entries.count * 3 { capacity <<= 1 }
        keys = Array(repeating: "", count: capacity)
        used = Array(repeating: false, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            var slot = WordTable.hash(key) & mask
            while used[slot] { slot = (slot + 1) & mask }
            keys[slot] = key
            used[slot] = true
            values[slot] = value
        }
    }

    @inline(__always) static func hash(_ word: String) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        var word = word
        word.withUTF8 { bytes in
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The value stored for `word`, or nil.
    @inline(__always) subscript(_ word: String) -> Value? {
        var slot = WordTable.hash(word) & mask
        while used[slot] {
            if keys[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
