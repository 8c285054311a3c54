/// A deliberately light English stemmer for matching a reply's words against the customer's words:
/// "charged", "charges" and "charging" all become "charg". It only strips common inflections; it never
/// needs to produce a real word.
public enum Stemmer {
    /// The stem of a folded word.
    public static func stem(_ word: String) -> String {
        var w = Substring(word)
        let count = w.utf8.count
        if count > 5 && w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if count > 5 && w.hasSuffix("ing") { w = w.dropLast(3) }
        else if count > 4 && w.hasSuffix("ed") { w = w.dropLast(2) }
        else if count > 4 && w.hasSuffix("es") && !w.hasSuffix("ses") { w = w.dropLast(2) }
        else if count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") { w = w.dropLast(1) }
        else if count > 5 && w.hasSuffix("ly") { w = w.dropLast(2) }
        if w.utf8.count > 3 && w.hasSuffix("e") { w = w.dropLast(1) }
        return String(w)
    }
}
