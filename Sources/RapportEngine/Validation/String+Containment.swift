// No Foundation here: with it, `contains` below would mean NSString's search, not the standard library's.

extension String {
    /// `contains(other)` (a search by `Character`, with canonical equivalence), answered by a byte search when that
    /// gives the same answer: both strings ASCII without a carriage return, where every byte is a `Character` of
    /// its own and no two different byte sequences are equivalent.
    func containsText(_ other: String) -> Bool {
        if let answer = utf8.withContiguousStorageIfAvailable({ hay in
            other.utf8.withContiguousStorageIfAvailable { needle -> Bool? in
                guard Self.isPlainASCII(hay), Self.isPlainASCII(needle) else { return nil }
                return Self.find(needle, in: hay)
            } ?? nil
        }) ?? nil {
            return answer
        }
        return contains(other)
    }

    /// True when `needle` occurs in `hay`, byte for byte.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= hay.count else { return false }
        let rest = needle.count - 1
        var start = 0
        while start + rest < hay.count {
            if hay[start] == first {
                var k = 1
                while k <= rest, hay[start + k] == needle[k] { k += 1 }
                if k > rest { return true }
            }
            start += 1
        }
        return false
    }

    /// True when every byte is ASCII and none is a carriage return (which joins a following line feed into one
    /// `Character`).
    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var combined: UInt8 = 0
        var carriageReturn = false
        for byte in bytes {
            combined |= byte
            carriageReturn = carriageReturn || byte == 13
        }
        return combined < 128 && !carriageReturn
    }
}
