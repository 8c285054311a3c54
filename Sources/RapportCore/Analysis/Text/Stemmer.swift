/// A deliberately light English stemmer for matching a reply's words against the customer's words:
/// "charged", "charges" and "charging" all become "charg". It only strips common inflections; it never
/// needs to produce a real word. Works on the UTF-8 bytes (suffixes are ASCII).
public enum Stemmer {
    /// The stem of a folded word.
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard bytes.count >= n else { return false }
            return suffix.withUTF8Buffer { s in
                for i in 0..<n where bytes[bytes.count - n + i] != s[i] { return false }
                return true
            }
        }
        let count = bytes.count
        if count > 5 && ends("ies") { bytes.removeLast(3); bytes.append(UInt8(ascii: "y")); return String(decoding: bytes, as: UTF8.self) }
        if count > 5 && ends("ing") { bytes.removeLast(3) }
        else if count > 4 && ends("ed") { bytes.removeLast(2) }
        else if count > 4 && ends("es") && !ends("ses") { bytes.removeLast(2) }
        else if count > 3 && ends("s") && !ends("ss") && !ends("us") { bytes.removeLast(1) }
        else if count > 5 && ends("ly") { bytes.removeLast(2) }
        if bytes.count > 3 && ends("e") { bytes.removeLast(1) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A 64-bit FNV-1a hash of `stem(word)`, computed without building the stem: comparing sets of these is
    /// how the analyzer finds the customer's words in a reply.
    public static func key(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        word.utf8.withContiguousStorageIfAvailable { bytes in
            let count = bytes.count
            func ends(_ suffix: StaticString, _ length: Int) -> Bool {
                let n = suffix.utf8CodeUnitCount
                guard length >= n else { return false }
                return suffix.withUTF8Buffer { s in
                    for i in 0..<n where bytes[length - n + i] != s[i] { return false }
                    return true
                }
            }
            var length = count
            var tailY = false
            if count > 5 && ends("ies", count) { length = count - 3; tailY = true }
            else {
                if count > 5 && ends("ing", count) { length -= 3 }
                else if count > 4 && ends("ed", count) { length -= 2 }
                else if count > 4 && ends("es", count) && !ends("ses", count) { length -= 2 }
                else if count > 3 && ends("s", count) && !ends("ss", count) && !ends("us", count) { length -= 1 }
                else if count > 5 && ends("ly", count) { length -= 2 }
                if length > 3 && bytes[length - 1] == UInt8(ascii: "e") { length -= 1 }
            }
            for i in 0..<length { h = (h ^ UInt64(bytes[i])) &* 0x100000001b3 }
            if tailY { h = (h ^ UInt64(UInt8(ascii: "y"))) &* 0x100000001b3 }
        } ?? {
            for byte in stem(word).utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        }()
        return h
    }
}
