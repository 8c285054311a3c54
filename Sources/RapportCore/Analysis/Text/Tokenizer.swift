/// Splits a text into sentences and folded word tokens with scalar offsets.
///
/// Works on any input: empty text, emoji, replacement characters, megabytes of text. Words are runs of letters,
/// digits, marks, `_` and `#`, with apostrophes inside them; everything else separates words. Sentences end at
/// `.`, `!`, `?`, `…` or a line break (not at the dot of "Mr." or "3.5").
public enum Tokenizer {
    /// Abbreviations whose final dot does not end a sentence.
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "approx", "jr", "sr"]

    /// The result of tokenizing a text.
    public struct Output: Sendable {
        /// The text's scalars, so offsets can be turned back into text.
        public var scalars: [Unicode.Scalar]
        /// The folded tokens, in order.
        public var tokens: [Token]
        /// The sentences, in order; every token belongs to exactly one.
        public var sentences: [Sentence]
    }

    /// Tokenizes `text`.
    public static func tokenize(_ text: String) -> Output {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4 + 1)
        var sentences: [Sentence] = []
        var sentenceStart = 0, sentenceFirstToken = 0, clause = 0
        var i = 0
        let n = scalars.count

        func closeSentence(end: Int, question: Bool, exclamation: Bool) {
            if tokens.count > sentenceFirstToken {
                sentences.append(Sentence(firstToken: sentenceFirstToken, endToken: tokens.count, start: sentenceStart,
                                          end: end, isQuestion: question, isExclamation: exclamation))
            }
            sentenceFirstToken = tokens.count
            clause += 1
        }

        while i < n {
            let c = scalars[i]
            if isWordScalar(c) {
                let start = i
                var j = i + 1
                while j < n {
                    let d = scalars[j]
                    if isWordScalar(d) { j += 1; continue }
                    if isApostrophe(d), j + 1 < n, isLetter(scalars[j + 1]) { j += 2; continue }
                    if d == ".", j + 1 < n, isDigit(scalars[j + 1]), isDigit(scalars[j - 1]) { j += 2; continue }
                    break
                }
                if tokens.count == sentenceFirstToken { sentenceStart = start }
                appendWord(scalars, start, j, sentence: sentences.count, clause: clause, into: &tokens)
                if tokens.last?.norm == "but" { clause += 1 }
                i = j
                continue
            }
            if let (length, norm) = emoticon(scalars, at: i) {
                if tokens.count == sentenceFirstToken { sentenceStart = i }
                tokens.append(Token(norm: norm, start: i, end: i + length, sentence: sentences.count, clause: clause,
                                    isAllCaps: false, isCapitalized: false))
                i += length
                continue
            }
            switch c {
            case ".", "!", "?", "…", "\n", "\r":
                var j = i
                var question = false, exclamation = false, hasDot = false
                while j < n, isTerminatorRun(scalars[j]) {
                    if scalars[j] == "?" { question = true }
                    if scalars[j] == "!" { exclamation = true }
                    if scalars[j] == "." { hasDot = true }
                    if scalars[j] == " " && j + 1 < n && isWordScalar(scalars[j + 1]) { break }
                    j += 1
                }
                let onlyDot = hasDot && !question && !exclamation && !scalars[i..<j].contains(where: { $0 == "\n" })
                if onlyDot, let last = tokens.last, tokens.count > sentenceFirstToken, last.end == i,
                   abbreviations.contains(last.norm) {
                    i = j
                    continue
                }
                closeSentence(end: j, question: question, exclamation: exclamation)
                i = j
            case ",", ";", ":", "\u{2014}", "\u{2013}", "(", ")":
                clause += 1
                i += 1
            case "-" where i > 0 && i + 1 < n && scalars[i - 1] == " " && scalars[i + 1] == " ":
                // " - " between spaces is a typed dash too ("I'm sorry - how long has it been?"); "well-being" is a word.
                clause += 1
                i += 1
            case "-" where i + 1 < n && scalars[i + 1] == "-":
                // "--" is a typed dash: a clause break ("So you've been-- how long has it been?").
                clause += 1
                i += 2
            default:
                i += 1
            }
        }
        closeSentence(end: n, question: false, exclamation: false)
        return Output(scalars: scalars, tokens: tokens, sentences: sentences)
    }

    private static func appendWord(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, sentence: Int, clause: Int, into tokens: inout [Token]) {
        var letters = 0, upper = 0
        // Fast path: an ASCII word is folded byte by byte into a small inline string.
        if end - start <= 32, scalars[start..<end].allSatisfy({ $0.value < 128 && $0 != "\u{2019}" }) {
            var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            let word = withUnsafeMutableBytes(of: &bytes) { raw -> String in
                for k in start..<end {
                    var v = UInt8(scalars[k].value)
                    if v >= 65 && v <= 90 { upper += 1; letters += 1; v += 32 } else if v >= 97 && v <= 122 { letters += 1 }
                    raw[k - start] = v
                }
                return String(decoding: UnsafeRawBufferPointer(rebasing: raw[0..<(end - start)]), as: UTF8.self)
            }
            let allCaps = letters >= 2 && upper == letters
            let head = scalars[start].value
            let capitalized = head >= 65 && head <= 90
            Contractions.restoreApostrophe(before: word, in: &tokens, sentence: sentence, clause: clause)
            if !Contractions.mayExpand(word) {
                tokens.append(Token(norm: word, start: start, end: end, sentence: sentence, clause: clause,
                                    isAllCaps: allCaps, isCapitalized: capitalized))
                return
            }
            for part in Contractions.expand(word) {
                tokens.append(Token(norm: part, start: start, end: end, sentence: sentence, clause: clause,
                                    isAllCaps: allCaps, isCapitalized: capitalized))
            }
            return
        }
        var folded = String.UnicodeScalarView()
        for k in start..<end {
            let s = scalars[k]
            if isApostrophe(s) { folded.append("'"); continue }
            if s.value < 128 {
                if s.value >= 65 && s.value <= 90 {
                    upper += 1; letters += 1
                    folded.append(Unicode.Scalar(s.value + 32)!)
                } else {
                    if s.value >= 97 && s.value <= 122 { letters += 1 }
                    folded.append(s)
                }
            } else {
                if s.properties.isAlphabetic { letters += 1 }
                if s.properties.isUppercase {
                    upper += 1
                    folded.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
                } else {
                    folded.append(s)
                }
            }
        }
        let word = String(folded)
        let allCaps = letters >= 2 && upper == letters
        let head = scalars[start]
        let capitalized = head.value < 128 ? (head.value >= 65 && head.value <= 90) : head.properties.isUppercase
        Contractions.restoreApostrophe(before: word, in: &tokens, sentence: sentence, clause: clause)
        for part in Contractions.expand(word) {
            tokens.append(Token(norm: part, start: start, end: end, sentence: sentence, clause: clause,
                                isAllCaps: allCaps, isCapitalized: capitalized))
        }
    }

    /// An emoticon or emoji that carries feeling, as a word the lexicon can name: `<smile>`, `<frown>`,
    /// `<heart>`, `<hug>`. Returns its length in scalars and its word.
    static func emoticon(_ scalars: [Unicode.Scalar], at i: Int) -> (Int, String)? {
        let c = scalars[i].value
        let next = i + 1 < scalars.count ? scalars[i + 1].value : 0
        let after = i + 2 < scalars.count ? scalars[i + 2].value : 0
        switch c {
        case 0x3A:  // ':'
            if next == 0x29 || next == 0x44 || next == 0x5D { return (2, "<smile>") }            // :) :D :]
            if next == 0x28 { return (2, "<frown>") }                                            // :(
            if next == 0x2D && (after == 0x29 || after == 0x44) { return (3, "<smile>") }        // :-) :-D
            if next == 0x2D && after == 0x28 { return (3, "<frown>") }                           // :-(
            return nil
        case 0x3C where next == 0x33: return (2, "<heart>")                                      // <3
        case 0x2764, 0x2665, 0x1F490...0x1F49F, 0x1F9E1, 0x1F5A4, 0x1F90D, 0x1F90E: return (1, "<heart>")
        case 0x1F917, 0x1FAC2: return (1, "<hug>")
        case 0x1F600...0x1F60D, 0x1F642, 0x263A, 0x1F970: return (1, "<smile>")
        case 0x1F61E...0x1F62D, 0x1F641, 0x2639, 0x1F614, 0x1F615: return (1, "<frown>")
        default: return nil
        }
    }

    @inline(__always) static func isTerminatorRun(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x0A, 0x0D, 0x22, 0x27, 0x29, 0x201D, 0x2019, 0x20: return true
        default: return false
        }
    }

    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{2018}" || s == "\u{02BC}"
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    @inline(__always) static func isLowercaseLetter(_ s: Unicode.Scalar) -> Bool { s.value >= 97 && s.value <= 122 }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value | 32) >= 97 && (s.value | 32) <= 122 }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 {
            return (v >= 48 && v <= 57) || ((v | 32) >= 97 && (v | 32) <= 122) || v == 95 || v == 35
        }
        if v == 0xFFFD { return false }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }
}
