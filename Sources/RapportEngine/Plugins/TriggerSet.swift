/// Decides quickly whether a reply contains any of a plugin's trigger phrases (ASCII case-insensitive, on bytes), so
/// a plugin's `analyze` hook runs only on replies it can have something to say about.
struct TriggerSet: Sendable {
    let triggers: [[UInt8]]

    init(_ phrases: [String]) {
        triggers = phrases.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty }
    }

    var isEmpty: Bool { triggers.isEmpty }

    /// True when `lowered` (the reply's bytes, ASCII-lowercased) contains any trigger.
    func matches(_ lowered: [UInt8]) -> Bool {
        for trigger in triggers where trigger.count <= lowered.count {
            let first = trigger[0]
            var i = 0
            let limit = lowered.count - trigger.count
            while i <= limit {
                if lowered[i] == first {
                    var j = 1
                    while j < trigger.count && lowered[i + j] == trigger[j] { j += 1 }
                    if j == trigger.count { return true }
                }
                i += 1
            }
        }
        return false
    }

    /// The reply's UTF-8 bytes with ASCII letters lowercased.
    static func fold(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }
}
