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
}
