/// Decides quickly whether a reply contains any of a plugin's trigger phrases (case-insensitive for ASCII letters; other
/// letters must match exactly), so
/// a plugin's `analyze` hook runs only on replies it can have something to say about.
///
/// One pass over the reply: every two-byte window is looked up in a 65,536-bit table of the triggers' first two
/// bytes, and only the rare hits are compared in full.
struct TriggerSet: Sendable {
    let triggers: [[UInt8]]
    /// Bit `a << 8 | b` is set when some trigger starts with bytes `a`, `b`.
    private let heads: [UInt64]
    /// Triggers one byte long (checked byte by byte).
    private let singles: [UInt8]

    init(_ phrases: [String]) {
        // Folded exactly as replies are (ASCII letters only), so a trigger and a reply always compare alike.
        triggers = phrases.map { Self.fold($0) }.filter { !$0.isEmpty }
        var heads = [UInt64](repeating: 0, count: 1024)
        var singles: [UInt8] = []
        for trigger in triggers {
            if trigger.count == 1 {
                singles.append(trigger[0])
            } else {
                let key = Int(trigger[0]) << 8 | Int(trigger[1])
                heads[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
        self.heads = heads
        self.singles = singles
    }

    var isEmpty: Bool { triggers.isEmpty }

    /// True when `lowered` (the reply's bytes, ASCII-lowercased) contains any trigger.
    func matches(_ lowered: [UInt8]) -> Bool {
        if !singles.isEmpty && lowered.contains(where: singles.contains) { return true }
        guard lowered.count >= 2 else { return false }
        return lowered.withUnsafeBufferPointer { bytes in
            heads.withUnsafeBufferPointer { heads in
                var i = 0
                let last = bytes.count - 1
                while i < last {
                    let key = Int(bytes[i]) << 8 | Int(bytes[i + 1])
                    if heads[key >> 6] & (1 << UInt64(key & 63)) != 0 && matchesAt(i, bytes) { return true }
                    i += 1
                }
                return false
            }
        }
    }

    private func matchesAt(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for trigger in triggers where trigger.count >= 2 && i + trigger.count <= bytes.count && trigger[0] == bytes[i] && trigger[1] == bytes[i + 1] {
            var j = 2
            while j < trigger.count && bytes[i + j] == trigger[j] { j += 1 }
            if j == trigger.count { return true }
        }
        return false
    }

    /// The reply's UTF-8 bytes with ASCII letters lowercased.
    static func fold(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }
}
